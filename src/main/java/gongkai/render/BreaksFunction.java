package gongkai.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import gongkai.view.Breaks;
import java.util.List;

/**
 * {@code breaks(text)} and {@code breaks(text, room)} in templates: the {@link Breaks#segments segments} of a cell's
 * text, each with {@code text} and {@code keep}. The rule lives in {@link Breaks}; the template only prints the segments (macro {@code cell} in
 * {@code layout.ftlh}).
 */
final class BreaksFunction implements TemplateMethodModelEx {

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() == 1 && arguments.get(0) instanceof TemplateScalarModel text) {
            return Breaks.segments(text.getAsString());
        }
        if (arguments.size() == 2 && arguments.get(0) instanceof TemplateScalarModel text
                && arguments.get(1) instanceof TemplateNumberModel room) {
            return Breaks.segments(text.getAsString(), room.getAsNumber().doubleValue());
        }
        throw new TemplateModelException("breaks(text) or breaks(text, room) takes a string and a number of ems, got " + arguments);
    }
}
