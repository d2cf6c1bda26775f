"""Trained models vetlink ships: their features, training commands and artefacts (model cards
next to each artefact in ``artefacts/``)."""
