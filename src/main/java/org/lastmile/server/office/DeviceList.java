package org.lastmile.server.office;

import java.util.List;
import org.lastmile.server.store.ServerDb;
import org.lastmile.server.store.Sql;

/** {@code server devices list}: every enrolled laptop with its officer and the officer's court. */
public final class DeviceList {

    private final ServerDb db;

    public DeviceList(ServerDb db) {
        this.db = db;
    }

    public List<DeviceSummary> list() {
        return db.transaction(c -> Sql.list(c, "SELECT d.id, d.officer_id, o.court_code, d.name, d.enrolled_at,"
                + " d.revoked_at FROM devices d LEFT JOIN officers o ON o.id = d.officer_id"
                + " ORDER BY d.enrolled_at, d.id", r -> new DeviceSummary(r.getString(1), r.getString(2),
                        r.getString(3), r.getString(4), r.getString(5), r.getString(6) != null)));
    }
}
