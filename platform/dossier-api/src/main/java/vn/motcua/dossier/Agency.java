package vn.motcua.dossier;

import java.time.LocalDate;

/**
 * An agency of the province (cơ quan, đơn vị), identified by its code (mã định danh, QCVN
 * 102:2016 style).
 *
 * @param code agency code, e.g. {@code 000.01.01.H07}
 * @param name Vietnamese name, e.g. "UBND phường Vũ Ninh"
 * @param level where it stands in the administrative tree
 * @param parentCode the code of the agency above it, or null for the root
 * @param validFrom first day it exists, or null when unknown
 * @param validTo last day it exists (e.g. merged on 1/7/2025), or null when still in force
 */
public record Agency(String code, String name, Level level, String parentCode, LocalDate validFrom,
                     LocalDate validTo) {

    /** Administrative level. */
    public enum Level {
        PROVINCE("Cấp tỉnh"),
        DISTRICT("Cấp huyện"),
        COMMUNE("Cấp xã"),
        DEPARTMENT("Cơ quan chuyên môn");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the agency exists on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
