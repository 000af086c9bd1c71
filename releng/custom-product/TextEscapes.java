/** Text escaped for the files a custom product's build is made of. */
final class TextEscapes {

    private TextEscapes() {
    }

    /** Text for an XML attribute or element. */
    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A value in .properties syntax: backslashes and non-ASCII escaped, line breaks as \n plus a continuation. */
    static String properties(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\') {
                b.append("\\\\");
            } else if (c == '\n') {
                b.append("\\n\\\n");
            } else if (c == '\r') {
                continue;
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
