package io.mtlint.cli;

import io.mtlint.check.CheckerFactory;
import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.config.YamlException;
import io.mtlint.model.Rule;
import io.mtlint.packs.PackLoader;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule ids a shell completes: the built-in rules' and every shipped pack's, for any language pair. Read only
 * when a completion script is written: picocli makes one of these for every run.
 */
public final class RuleIdCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        Set<String> ids = new TreeSet<>();
        try {
            CheckOptions options = CheckOptions.builder().languageTool(false).translate(false).build();
            for (Rule rule : CheckerFactory.availableRules(options)) {
                ids.add(rule.id());
            }
            ids.addAll(PackLoader.allIds(List.of()).rules());
        } catch (ConfigException | YamlException e) {
            // The shipped packs always load; without them there is nothing to complete.
        }
        return ids.iterator();
    }
}
