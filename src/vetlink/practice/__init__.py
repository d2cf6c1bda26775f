"""Practice mode: Recognise, Realise, Report, Remove. Staff look at invented profiles and
approaches, mark the hallmarks they see and choose what to do; vetlink shows what they caught and
missed with the catalogue's own titles and advice (see ``docs/practice.md``)."""
