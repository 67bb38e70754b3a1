package vn.motcua.dossier.core.internal.portal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class OutboxDeliveryTest {

    @Test
    public void aTypoInTheOutboxSettingsLeavesTheDefaultInsteadOfStoppingTheDelivery() {
        assertEquals(30, OutboxDelivery.positive("intervalSeconds", () -> 30, 10));
        // what Declarative Services does with "intervalSeconds = abc" when the component reads it
        assertEquals(10, OutboxDelivery.positive("intervalSeconds", () -> {
            throw new NumberFormatException("For input string: \"abc\"");
        }, 10));
        assertEquals(200, OutboxDelivery.positive("batch", () -> 0, 200));
        assertEquals(60, OutboxDelivery.positive("leaseSeconds", () -> -1, 60));
    }
}
