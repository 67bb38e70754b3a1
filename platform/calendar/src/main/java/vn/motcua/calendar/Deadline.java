package vn.motcua.calendar;

import java.time.LocalDateTime;

/**
 * The due instant of a time limit.
 *
 * @param receivedAt when the dossier was received
 * @param countFrom when the time limit starts to run
 * @param dueAt when the time limit ends
 */
public record Deadline(LocalDateTime receivedAt, LocalDateTime countFrom, LocalDateTime dueAt) {
}
