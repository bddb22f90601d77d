"""NLP: sentence splitting, the pre-filter, and spaCy parsing of candidate sentences."""

from tacitus.nlp.parse import ParsedSentence, load_model, parse_sentences
from tacitus.nlp.sentences import split_sentences

__all__ = ["ParsedSentence", "load_model", "parse_sentences", "split_sentences"]
