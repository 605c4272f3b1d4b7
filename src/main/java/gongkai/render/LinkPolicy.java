package gongkai.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Optional;
import java.util.Set;

/**
 * Which link addresses Markdown content may use, decided on the address a browser (or the PDF renderer) reads
 * from the generated page: after flexmark has decoded backslash escapes and character references, and after the
 * normalisation of the WHATWG URL parser (leading and trailing C0 controls and spaces stripped, ASCII tab and
 * newline removed anywhere, scheme compared case-insensitively).
 *
 * <p>Allowed: {@code http:}, {@code https:}, {@code mailto:} and relative addresses (a path, a query or a
 * fragment). Refused: every other scheme ({@code javascript:}, {@code vbscript:}, {@code data:}, {@code file:} …),
 * protocol-relative addresses ({@code //host}, also written with backslashes, which browsers read as slashes:
 * they leave the site without naming a scheme, and from a file they reach the network), and anything whose first
 * segment contains a colon (ASCII or full-width) without being one of the allowed schemes, such as
 * {@code %6Aavascript:} — browsers would read that as a relative path, but it is never what an author meant.
 *
 * <p>The one policy for the checker (GK126) and the renderer ({@link Markdown}, which renders a refused link as
 * its text). Pure and thread-safe.
 */
public final class LinkPolicy {

    /** The schemes a link may use, lower case. */
    public static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private LinkPolicy() {}

    /** Whether a link to {@code url} (as decoded by flexmark, before HTML escaping) may be published. */
    public static boolean allows(String url) {
        String n = normalise(url);
        if (n.length() >= 2 && isSlash(n.charAt(0)) && isSlash(n.charAt(1))) {
            return false;
        }
        int end = n.length();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        for (int i = 0; i < end; i++) {
            char c = n.charAt(i);
            if (c == ':') {
                String scheme = n.substring(0, i);
                return scheme.matches("[A-Za-z][A-Za-z0-9+.-]*") && SCHEMES.contains(scheme.toLowerCase(java.util.Locale.ROOT));
            }
            if (c == '\uFF1A') {
                return false;
            }
        }
        return true;
    }

    /**
     * The address as the WHATWG URL parser starts from it: leading and trailing C0 controls and spaces removed,
     * every ASCII tab, line feed and carriage return removed.
     */
    public static String normalise(String url) {
        int from = 0;
        int to = url.length();
        while (from < to && url.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && url.charAt(to - 1) <= ' ') {
            to--;
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The address for a message: control characters written as {@code U+0001}, at most 80 characters, so that an
     * address cannot disturb a terminal or an annotation.
     */
    public static String show(String url) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < url.length(); ) {
            int cp = url.codePointAt(i);
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.FORMAT) {
                b.append(String.format("U+%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
            if (b.length() > 80) {
                return b.substring(0, 80) + "…";
            }
        }
        return b.toString();
    }

    /**
     * The address a link or image node leads to, decoded as flexmark decodes it (character references and, except
     * in autolinks, backslash escapes); empty for other nodes and for a reference link whose definition is missing
     * (rendered as text). A {@link Reference} is a definition: its own address.
     */
    public static Optional<String> target(Node node) {
        if (node instanceof Link link) {
            return Optional.of(link.getUrl().unescape());
        } else if (node instanceof Image image) {
            return Optional.of(image.getUrl().unescape());
        } else if (node instanceof MailLink mail) {
            return Optional.of("mailto:" + mail.getText().unescape());
        } else if (node instanceof AutoLink auto) {
            return Optional.of(Escaping.unescapeHtml(auto.getText()));
        } else if (node instanceof Reference reference) {
            return Optional.of(reference.getUrl().unescape());
        } else if (node instanceof LinkRef ref) {
            Reference reference = ref.getReferenceNode(ref.getDocument());
            return reference == null ? Optional.empty() : Optional.of(reference.getUrl().unescape());
        } else if (node instanceof ImageRef ref) {
            Reference reference = ref.getReferenceNode(ref.getDocument());
            return reference == null ? Optional.empty() : Optional.of(reference.getUrl().unescape());
        }
        return Optional.empty();
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }
}
