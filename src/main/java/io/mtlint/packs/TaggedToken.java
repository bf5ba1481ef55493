package io.mtlint.packs;

import java.util.Set;

/** A word or punctuation token of a block with its readings from LanguageTool's tagger. */
record TaggedToken(int start, int end, String text, Set<String> lemmas, Set<String> tags) {
}
