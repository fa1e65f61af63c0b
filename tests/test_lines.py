from pipeline.lines import line_at, line_end, line_start


def test_the_line_around_a_position_stops_at_line_breaks_and_the_text_ends():
    text = "Titre\nLe contrat est signé.\nFin"
    pos = text.index("contrat")
    assert text[slice(*line_at(text, pos))] == "Le contrat est signé."
    assert line_start(text, 2) == 0  # first line: the text's start
    assert line_end(text, len(text) - 1) == len(text)  # last line: the text's end
    # a position on a line break belongs to the line it ends
    assert line_at(text, text.index("\n")) == (0, 5)
