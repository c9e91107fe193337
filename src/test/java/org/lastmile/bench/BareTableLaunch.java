package org.lastmile.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The launch baseline of DESIGN.md: a bare JavaFX window with a TableView of every case read from
 * the SQLite file with plain JDBC (case number, status, filing date; no Flyway, no JSON, no
 * deadlines). Logs {@code ready in N ms} from JVM start after the first frame with the rows, like
 * the app, and exits when {@code lastmile.exitWhenReady} is set.
 *
 * <pre>java -cp … org.lastmile.bench.BareTableLaunch DATA_DIR</pre>
 */
public final class BareTableLaunch {

    private BareTableLaunch() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).resolve("lastmile.db");
        List<String[]> rows = new ArrayList<>();
        Platform.startup(() -> {
        });
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT case_number, status, filing_date FROM cases"
                        + " ORDER BY filing_date DESC, case_number")) {
            while (r.next()) {
                rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
            }
        }
        Platform.runLater(() -> show(rows));
    }

    private static void show(List<String[]> rows) {
        TableView<String[]> table = new TableView<>();
        for (int i = 0; i < 3; i++) {
            int column = i;
            TableColumn<String[], String> c = new TableColumn<>("c" + i);
            c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue()[column]));
            c.setPrefWidth(200);
            table.getColumns().add(c);
        }
        table.getItems().setAll(rows);
        Stage stage = new Stage();
        Scene scene = new Scene(table, 1200, 700);
        stage.setScene(scene);
        stage.show();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("ready in " + ms + " ms");
                if (Boolean.getBoolean("lastmile.exitWhenReady")) {
                    Platform.exit();
                }
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
