package gongkai.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.Location;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.processor.reports.enums.JobEndStatus;

/**
 * Validates a PDF file against a veraPDF profile (PDF/UA-1, PDF/A-2u, …) with veraPDF's greenfield parser.
 *
 * <p>The greenfield model keeps per-document state in static containers, so validations are serialised:
 * every entry point is {@code synchronized} on this class. The foundry is initialised once, on first use.
 */
public final class VeraPdf {

    /** PDF/UA-1 (ISO 14289-1). */
    public static final PDFAFlavour PDF_UA_1 = PDFAFlavour.PDFUA_1;
    /** PDF/A-2u (ISO 19005-2, level U). */
    public static final PDFAFlavour PDF_A_2U = PDFAFlavour.PDFA_2_U;

    private static VeraPDFFoundry foundry;

    private VeraPdf() {}

    /**
     * Validates {@code pdf} against the profile of {@code flavour} (the parser is told the same flavour, so the
     * document's own claim of conformance does not choose the profile).
     *
     * @return one line per failed assertion, {@code "<spec> <clause>-<test>: <message> @ <location>"}, in the
     *     validator's order (veraPDF lists at most 100 failures per rule); empty exactly when the file is compliant
     * @throws IllegalStateException if the file cannot be parsed or validation does not end normally
     */
    public static synchronized List<String> failedRules(Path pdf, PDFAFlavour flavour) {
        ValidationResult result = validate(pdf, flavour);
        List<String> failures = new ArrayList<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                failures.add(describe(assertion));
            }
        }
        if (result.isCompliant() != failures.isEmpty()) {
            // Never report a non-compliant file as clean (or the reverse) because of how assertions were logged.
            throw new IllegalStateException("veraPDF says compliant=" + result.isCompliant() + " for " + pdf
                    + " but listed " + failures.size() + " failed assertions; failed checks: " + result.getFailedChecks());
        }
        return List.copyOf(failures);
    }

    /**
     * The raw veraPDF result, for callers that need more than {@link #failedRules}. Failed assertions only
     * (passed ones are not logged), at most {@code BaseValidator.DEFAULT_MAX_NUMBER_OF_DISPLAYED_FAILED_CHECKS}
     * (100) per rule; {@link ValidationResult#getFailedChecks()} has the full counts.
     */
    public static synchronized ValidationResult validate(Path pdf, PDFAFlavour flavour) {
        VeraPDFFoundry f = foundry();
        try (PDFAParser parser = f.createParser(pdf.toFile(), flavour);
                PDFAValidator validator = f.createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.getJobEndStatus() != JobEndStatus.NORMAL) {
                throw new IllegalStateException("veraPDF validation of " + pdf + " ended " + result.getJobEndStatus());
            }
            if (result.getPDFAFlavour() != flavour) {
                throw new IllegalStateException("veraPDF validated " + pdf + " as " + result.getPDFAFlavour()
                        + ", not " + flavour);
            }
            return result;
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate " + pdf + " as " + flavour + ": " + e, e);
        }
    }

    /**
     * Groups the lines of {@link #failedRules} by rule and message, for short assertion messages: one line per
     * failed rule, {@code "<spec> <clause>-<test>: <message> (×<count>, first @ <location>)"}, in order of first
     * failure.
     */
    public static List<String> summary(List<String> failedRules) {
        Map<String, String> firstLocation = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : failedRules) {
            int at = line.indexOf(" @ ");
            String rule = at < 0 ? line : line.substring(0, at);
            firstLocation.putIfAbsent(rule, at < 0 ? "" : line.substring(at + 3));
            counts.merge(rule, 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((rule, n) -> {
            String location = firstLocation.get(rule);
            lines.add(rule + " (×" + n + (location.isEmpty() ? "" : ", first @ " + location) + ")");
        });
        return lines;
    }

    /** Number of rules in the veraPDF profile of {@code flavour}; proves the profile is really loaded. */
    public static synchronized int ruleCount(PDFAFlavour flavour) {
        try (PDFAValidator validator = foundry().createValidator(flavour, false)) {
            return validator.getProfile().getRules().size();
        } catch (Exception e) {
            throw new IllegalStateException("no veraPDF profile for " + flavour + ": " + e, e);
        }
    }

    /** {@code "PDF/UA-1 7.1-3: <message> @ <context>"}. */
    static String describe(TestAssertion assertion) {
        RuleId id = assertion.getRuleId();
        StringBuilder line = new StringBuilder();
        line.append(id.getSpecification() == null ? "?" : id.getSpecification().getId())
                .append(' ').append(id.getClause()).append('-').append(id.getTestNumber())
                .append(": ").append(oneLine(assertion.getMessage()));
        String error = assertion.getErrorMessage();
        if (error != null && !error.isBlank() && !error.equals(assertion.getMessage())) {
            line.append(" [").append(oneLine(error)).append(']');
        }
        Location location = assertion.getLocation();
        if (location != null && location.getContext() != null) {
            line.append(" @ ").append(location.getContext());
        }
        return line.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static VeraPDFFoundry foundry() {
        if (foundry == null) {
            VeraGreenfieldFoundryProvider.initialise();
            foundry = Foundries.defaultInstance();
        }
        return foundry;
    }
}
