package vn.motcua.dossier;

import java.util.List;

/** One page of a list, with the total number of items across pages. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
