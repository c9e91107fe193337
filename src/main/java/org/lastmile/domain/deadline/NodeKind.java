package org.lastmile.domain.deadline;

import java.util.Locale;

/** A procedural step whose date the officer records (a node, 节点). */
public enum NodeKind {
    /** 分案 — an officer received the file. */
    OFFICER_ASSIGNED,
    /** 发出执行通知书 — enforcement notice sent. */
    NOTICE_SENT,
    /** 发出报告财产令 — asset-report order sent (money cases). */
    ASSET_REPORT_ORDER_SENT,
    /** 网络查控 — the online asset search was run. */
    ONLINE_ASSET_SEARCH,
    /** 财产调查完毕 — the asset investigation is done. */
    INVESTIGATION_DONE,
    /** 结案 — the case was closed (concluded, closed for now, or terminated). */
    CLOSED;

    public String messageKey() {
        return "node.kind." + name().toLowerCase(Locale.ROOT);
    }
}
