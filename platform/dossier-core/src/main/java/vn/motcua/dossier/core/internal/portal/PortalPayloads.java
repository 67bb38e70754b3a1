package vn.motcua.dossier.core.internal.portal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.core.internal.persistence.AuditEntryEntity;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.dossier.core.internal.persistence.OutboxEntry;
import vn.motcua.portal.PortalAdapter;

/**
 * The national portal's payloads (DOMAIN.md §1.4): DongBoHoSoMC for the dossier, CapNhatTienDoHoSoMC
 * for each step of its progress. Dates as the portal takes them: yyyyMMddHHmmss.
 */
public final class PortalPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private PortalPayloads() {
    }

    /**
     * What reports a change to the portal: the dossier when it is created or its status changed,
     * then one progress message per audit entry, and the notice to the applicant when the change
     * concerns them ({@link ApplicantNotices}), kept in one outbox row (see {@link OutboxEntry}).
     */
    public static List<OutboxEntry> messages(DossierEntity d, List<AuditEntryEntity> entries, boolean created,
                                             Actor actor) {
        return messages(d, entries, created, actor, false);
    }

    /**
     * The same, where {@code resync} sends the dossier again though its status did not change (its
     * due date moved with the working calendar: the portal's NgayHenTra must follow).
     */
    public static List<OutboxEntry> messages(DossierEntity d, List<AuditEntryEntity> entries, boolean created,
                                             Actor actor, boolean resync) {
        int n = entries.size() + 2;
        List<String> services = new ArrayList<>(n);
        List<Integer> seqs = new ArrayList<>(n);
        List<String> payloads = new ArrayList<>(n);
        AuditEntryEntity last = entries.get(entries.size() - 1);
        boolean statusChanged = created || resync
                || entries.stream().anyMatch(e -> e.getFromStatus() != e.getToStatus());
        if (statusChanged) {
            services.add(PortalAdapter.SYNC_DOSSIER);
            seqs.add(last.getSeq());
            payloads.add(write(dossier(d, !created)));
        }
        for (AuditEntryEntity e : entries) {
            services.add(PortalAdapter.UPDATE_PROGRESS);
            seqs.add(e.getSeq());
            payloads.add(write(progress(d, e, actor)));
        }
        String notice = ApplicantNotices.payload(d, entries, created, resync);
        if (notice != null) {
            services.add(ApplicantNotices.SERVICE);
            seqs.add(last.getSeq());
            payloads.add(notice);
        }
        return List.of(OutboxEntry.of(last.getSeq(), services, seqs, payloads, last.getActedAt()));
    }

    static Map<String, Object> dossier(DossierEntity d, boolean updating) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("isUpdating", updating ? "True" : "False");
        m.put("MaHoSo", d.getCode());
        m.put("MaTTHC", d.getProcedureCode());
        m.put("TenTTHC", d.getProcedureName());
        m.put("MaLinhVuc", d.getFieldCode());
        m.put("TenLinhVuc", d.getFieldName());
        m.put("SoBienNhan", d.getCode());
        m.put("ChuHoSo", d.getApplicantName());
        m.put("LoaiDoiTuong", "1");
        m.put("MaDoiTuong", d.getApplicantIdNumber());
        m.put("Email", d.getApplicantEmail());
        m.put("SoDienThoai", d.getApplicantPhone());
        m.put("TrichYeuHoSo", d.getProcedureName());
        m.put("NgayTiepNhan", time(d.getReceivedAt() != null ? d.getReceivedAt() : d.getSubmittedAt()));
        m.put("NgayHenTra", time(d.getAppointmentAt() != null ? d.getAppointmentAt() : d.getDueAt()));
        m.put("TrangThaiHoSo", Integer.toString(d.getStatus().portalCode()));
        m.put("NgayTra", time(d.getReturnedAt()));
        m.put("HinhThuc", Integer.toString(d.getChannel().portalCode()));
        m.put("NgayKetThucXuLy", time(d.getFinishedAt()));
        m.put("DonViXuLy", d.getAgencyName());
        List<Map<String, Object>> fees = new ArrayList<>();
        if (d.getFee() > 0) {
            Map<String, Object> fee = new LinkedHashMap<>();
            fee.put("TenPhiLePhi", d.getFeeLines() == null ? "" : d.getFeeLines().replace('\n', ';'));
            fee.put("MaPhiLePhi", d.getProcedureCode());
            fee.put("HinhThucThu", "1");
            fee.put("Gia", d.getFee());
            fee.put("LoaiPhiLePhi", "1");
            fees.add(fee);
        }
        m.put("DanhSachLePhi", fees);
        return m;
    }

    static Map<String, Object> progress(DossierEntity d, AuditEntryEntity e, Actor actor) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MaHoSo", d.getCode());
        m.put("NguoiXuLy", e.getUserDisplayName());
        m.put("ChucDanh", e.getRole() == null ? "" : e.getRole().label());
        m.put("ThoiDiemXuLy", time(e.getActedAt()));
        m.put("PhongBanXuLy", e.getRole() == Role.CITIZEN ? "" : (actor.agencyCode() == null ? d.getAgencyName()
                : actor.agencyCode()));
        m.put("NoiDungXuLy", e.getAction() + (e.getNote() == null ? "" : ": " + e.getNote()));
        m.put("TrangThai", Integer.toString(e.getToStatus().portalCode()));
        m.put("NgayBatDau", time(d.getStepStartedAt() != null ? d.getStepStartedAt() : e.getActedAt()));
        m.put("NgayKetThucTheoQuyDinh", time(e.getStepDueAt() != null ? e.getStepDueAt() : d.getDueAt()));
        return m;
    }

    private static String time(LocalDateTime t) {
        return t == null ? null : PORTAL_TIME.format(t);
    }

    private static String write(Map<String, Object> payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a portal payload", e);
        }
    }
}
