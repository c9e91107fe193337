package org.lastmile.ui.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.ObservableListBase;
import org.lastmile.domain.cases.CaseListQuery;
import org.lastmile.ui.common.Background;

/**
 * The rows of the case list as the table sees them: as many as the query has, of which only the
 * blocks of {@value #BLOCK} around what was last asked for are in memory ({@value #KEPT} blocks,
 * least recently used first out). A row asked for outside them is pending at once and its block
 * is read on the store thread (with the next block, which scrolling shows soon); when the block
 * arrives its rows are filled in place and {@code onArrival} runs, for the view to repaint. A block
 * that is dropped before its turn on the store thread is not read (a fast scroll asks for many).
 * FX thread only, but for the store thread's reads.
 */
final class CaseWindowRows extends ObservableListBase<CaseRow> {

    static final int BLOCK = 100;
    static final int KEPT = 30;

    /** Reads a block's rows in the store thread; answers the rows, already summarized. */
    interface Reader {
        List<CaseRow> read(CaseListQuery query, int offset, int limit);
    }

    private static final class Block {
        final CaseRow[] rows;
        volatile boolean wanted = true;

        Block(int size) {
            rows = new CaseRow[size];
            for (int i = 0; i < size; i++) {
                rows[i] = CaseRow.pending();
            }
        }
    }

    private final Reader reader;
    private final Background background;
    private final Runnable onArrival;
    private final Map<Integer, Block> blocks = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Block> eldest) {
            if (size() > KEPT) {
                eldest.getValue().wanted = false;
                return true;
            }
            return false;
        }
    };
    private CaseListQuery query = CaseListQuery.ALL;
    private int size;
    /** Counts the resets: a block read for an older query is dropped on arrival. */
    private long generation;

    CaseWindowRows(Reader reader, Background background, Runnable onArrival) {
        this.reader = Objects.requireNonNull(reader);
        this.background = Objects.requireNonNull(background);
        this.onArrival = Objects.requireNonNull(onArrival);
    }

    @Override
    public CaseRow get(int index) {
        Objects.checkIndex(index, size);
        int number = index / BLOCK;
        Block block = blocks.get(number);
        if (block == null) {
            block = request(number);
            if ((number + 1) * BLOCK < size && !blocks.containsKey(number + 1)) {
                request(number + 1);
            }
        }
        return block.rows[index % BLOCK];
    }

    @Override
    public int size() {
        return size;
    }

    /** The rows in memory that are read, for tests and the view's column widths. */
    List<CaseRow> readRows() {
        List<CaseRow> out = new ArrayList<>();
        for (Block b : blocks.values()) {
            for (CaseRow row : b.rows) {
                if (!row.isPending()) {
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** How many blocks are in memory (at most {@value #KEPT}). */
    int blocksInMemory() {
        return blocks.size();
    }

    CaseListQuery query() {
        return query;
    }

    /**
     * Shows another query's rows: {@code size} of them, the first block already read (may be
     * empty). The table hears of every row replaced.
     */
    void reset(CaseListQuery newQuery, int newSize, List<CaseRow> first) {
        drop();
        query = newQuery;
        int old = size;
        size = newSize;
        keep(first);
        beginChange();
        if (old > 0) {
            nextRemove(0, Collections.nCopies(old, CaseRow.pending()));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    /**
     * The same query, the same number of rows, some changed (a save): the blocks are read again as
     * they are shown, without a change to the list, so that the table keeps its selection.
     */
    void reread(List<CaseRow> first) {
        drop();
        keep(first);
        onArrival.run();
    }

    private void drop() {
        generation++;
        blocks.values().forEach(b -> b.wanted = false);
        blocks.clear();
    }

    private void keep(List<CaseRow> first) {
        if (!first.isEmpty() && size > 0) {
            Block block = new Block(Math.min(BLOCK, size));
            for (int i = 0; i < block.rows.length && i < first.size(); i++) {
                block.rows[i] = first.get(i);
            }
            blocks.put(0, block);
        }
    }

    private Block request(int number) {
        Block block = new Block(Math.min(BLOCK, size - number * BLOCK));
        blocks.put(number, block);
        long ticket = generation;
        CaseListQuery asked = query;
        background.run(() -> block.wanted ? reader.read(asked, number * BLOCK, block.rows.length) : null, rows -> {
            if (rows == null || ticket != generation || !block.wanted) {
                return;
            }
            for (int i = 0; i < rows.size() && i < block.rows.length; i++) {
                CaseRow row = rows.get(i);
                block.rows[i].fill(headerOf(row), row.summary(), row.handedOver());
            }
            onArrival.run();
        }, failure -> {
            blocks.remove(number, block); // asked again when shown again
        });
        return block;
    }

    private static org.lastmile.domain.cases.CaseHeader headerOf(CaseRow row) {
        return row.header();
    }
}
