package vn.motcua.civilstatus.internal;

/** HTML escaping for every value printed on a result: form text comes from the applicant. */
final class Html {

    private Html() {
    }

    /** The text with {@code < > & " '} replaced by entities; null becomes the empty string. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
