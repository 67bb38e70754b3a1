package vn.motcua.dossier;

import vn.motcua.procedure.ProcedureDescriptor;

/**
 * A procedure a province defines as data: the published descriptor and a fixed fee, served by the
 * core like a procedure a field bundle contributes (a field bundle adds code only where a rule
 * needs it).
 *
 * @param descriptor the procedure's published data
 * @param feeAmount the fee in đồng (the province catalogue's fee, when set, takes precedence)
 * @param source where it comes from: a file under etc/motcua-procedures, or "admin" (the API)
 */
public record ProcedureDefinition(ProcedureDescriptor descriptor, long feeAmount, String source) {
}
