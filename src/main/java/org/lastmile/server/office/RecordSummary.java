package org.lastmile.server.office;

/**
 * One record as {@code server records list} shows it.
 *
 * @param id the record's id
 * @param caseNumber its case's number ({@code null} if the case is not on the server)
 * @param state {@code draft}, {@code sealed} or {@code deleted}
 * @param sealSha256 the seal hash of a sealed record
 */
public record RecordSummary(String id, String caseNumber, String state, String sealSha256) {
}
