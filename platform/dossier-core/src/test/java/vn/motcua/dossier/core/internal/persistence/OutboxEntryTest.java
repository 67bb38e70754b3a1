package vn.motcua.dossier.core.internal.persistence;

import static org.junit.Assert.assertEquals;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.Test;

import vn.motcua.portal.PortalAdapter;
import vn.motcua.portal.PortalMessage;

public class OutboxEntryTest {

    private static final LocalDateTime AT = LocalDateTime.of(2025, 7, 1, 8, 30, 15);

    @Test
    public void theMessagesOfOneChangeComeBackInOrderWithTheirOwnSequence() {
        String dossier = "{\"MaHoSo\":\"000.03.01.H07-250701-0001\",\"ChuHoSo\":\"Nguyễn Thị Hoà\\nphố Đặng\"}";
        String first = "{\"NoiDungXuLy\":\"RECEIVE: hồ sơ\\tđủ\"}";
        String second = "{\"NoiDungXuLy\":\"SUPPLEMENT\"}";
        OutboxEntry row = OutboxEntry.of(8, List.of(PortalAdapter.SYNC_DOSSIER, PortalAdapter.UPDATE_PROGRESS,
                PortalAdapter.UPDATE_PROGRESS), List.of(8, 7, 8), List.of(dossier, first, second), AT);
        row.setDossierCode("000.03.01.H07-250701-0001");

        assertEquals(OutboxEntry.CHANGE, row.getService());
        assertEquals(8, row.getSeq());
        List<PortalMessage> messages = row.messages();
        assertEquals(List.of(
                new PortalMessage("000.03.01.H07-250701-0001", 8, PortalAdapter.SYNC_DOSSIER, dossier, AT, 1),
                new PortalMessage("000.03.01.H07-250701-0001", 7, PortalAdapter.UPDATE_PROGRESS, first, AT, 1),
                new PortalMessage("000.03.01.H07-250701-0001", 8, PortalAdapter.UPDATE_PROGRESS, second, AT, 1)),
                messages);
    }

    @Test
    public void aSingleMessageIsKeptAsItIsAndCountsItsAttempts() {
        OutboxEntry row = OutboxEntry.of(3, List.of(PortalAdapter.UPDATE_PROGRESS), List.of(3), List.of("{}"), AT);
        row.setDossierCode("X");
        row.failed(AT.plusSeconds(10), "portal down");

        assertEquals(PortalAdapter.UPDATE_PROGRESS, row.getService());
        assertEquals(List.of(new PortalMessage("X", 3, PortalAdapter.UPDATE_PROGRESS, "{}", AT, 2)), row.messages());
    }
}
