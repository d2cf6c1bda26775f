"""Profile pages copied from LinkedIn in other UI languages, with the page's chrome.

Fresh examples (not the frozen evaluation cases): the parser must read them as it reads an
English page, and page furniture (navigation, footer, messaging overlay) must not become
profile text or a message.
"""

from __future__ import annotations

from vetlink.ingest.chat_text import parse_chat_text
from vetlink.ingest.profile_text import parse_profile_text

GERMAN_PAGE = """Zum Hauptinhalt springen
LinkedIn
Suchen
Startseite
Mein Netzwerk
Jobs
Nachrichten
Mitteilungen
3
3 neue Mitteilungen
Ich
Henrike Albrecht
Henrike Albrecht
· 2.
Teamleiterin Netzplanung bei Nordwerk Energie AG
Hamburg, Deutschland
·
Kontaktinfo
812 Follower · 500+ Kontakte
Ole Brandt, Mia Kühn und 6 weitere gemeinsame Kontakte
Nachricht
Vernetzen
Mehr
Info
Ich plane Verteilnetze, die auch bei Sturm noch halten.
Berufserfahrung
Teamleiterin Netzplanung
Nordwerk Energie AG · Vollzeit
Apr. 2019–Heute · 5 J. 2 Mon.
Hamburg, Deutschland · Hybrid
Planungsingenieurin
Elbstrom GmbH · Vollzeit
Sept. 2013–März 2019 · 5 J. 7 Mon.
Alle 4 Berufserfahrungen anzeigen
Ausbildung
Technische Universität Hamburg
Master of Science, Elektrotechnik
2008–2013
Kenntnisse
Netzplanung
Bestätigt von Ole Brandt und 11 weiteren Personen
14 Bestätigungen
Empfehlungen
Erhalten
Gegeben
Ole Brandt
· 2.
Abteilungsleiter
3. März 2022 war Ole Henrikes Vorgesetzter
Henrike behält auch im Störfall die Ruhe.
Alle 3 erhaltenen Empfehlungen anzeigen
Info
Barrierefreiheit
Talent Solutions
Community-Richtlinien
Werbeanzeigen-Einstellungen
Werbung
LinkedIn Corporation © 2026
Status: online
Nachrichten
Sie befinden sich im Nachrichten-Overlay.
Nachricht schreiben…
GIF senden
"""


def test_german_page_reads_like_an_english_one() -> None:
    p = parse_profile_text(GERMAN_PAGE)
    assert p.name == "Henrike Albrecht"
    assert p.headline == "Teamleiterin Netzplanung bei Nordwerk Energie AG"
    assert (p.followers, p.connections, p.connections_capped) == (812, 500, True)
    assert p.mutual_connections == 8
    assert [e.title for e in p.experience or []] == ["Teamleiterin Netzplanung",
                                                     "Planungsingenieurin"]
    assert [e.company for e in p.experience or []] == ["Nordwerk Energie AG", "Elbstrom GmbH"]
    assert (p.experience or [])[0].start == "2019-04"
    assert [e.school for e in p.education or []] == ["Technische Universität Hamburg"]


def test_footer_and_overlay_do_not_leak_into_about() -> None:
    about = parse_profile_text(GERMAN_PAGE).about or ""
    assert "Sturm" in about
    for chrome in ("Werbung", "Barrierefreiheit", "GIF senden", "Nachricht schreiben",
                   "Overlay", "LinkedIn Corporation"):
        assert chrome not in about


def test_recommendations_and_endorsements_are_read() -> None:
    p = parse_profile_text(GERMAN_PAGE)
    assert p.recommendations == 3  # "Alle 3 erhaltenen Empfehlungen anzeigen"
    assert p.endorsements == 14  # the skill's own count, not the "Bestätigt von" line


def test_recommendation_entries_are_counted_without_a_show_all_line() -> None:
    text = """Tomás Vidal
Jefe de proyecto en Astilleros Ría
Vigo, Galicia, España
930 seguidores · 402 contactos
Experiencia
Jefe de proyecto
Astilleros Ría · Jornada completa
ene. 2020 - actualidad · 4 años
Recomendaciones
Recibidas
Enviadas
Nuria Pazos
Directora técnica
12 de mayo de 2023, Nuria supervisaba directamente a Tomás
Siempre cumple los plazos.
Iago Seoane
Ingeniero
3 de abril de 2021, Iago trabajaba con Tomás en el mismo equipo
Un gran compañero.
"""
    p = parse_profile_text(text)
    assert (p.followers, p.connections, p.connections_capped) == (930, 402, False)
    assert p.recommendations == 2
    assert p.endorsements is None


def test_followers_and_capped_connections_on_one_line_keep_both() -> None:
    p = parse_profile_text("Ana Ruiz\nAnalyst at Brightwell\n2,431 followers · 500+ connections\n")
    assert (p.followers, p.connections, p.connections_capped) == (2431, 500, True)
    p = parse_profile_text("Luc Martin\nIngénieur\n1 126 abonnés · Plus de 500 relations\n")
    assert (p.followers, p.connections, p.connections_capped) == (1126, 500, True)


def test_endorsed_by_line_counts_when_no_total_is_shown() -> None:
    text = ("Ana Ruiz\nAnalyst\nSkills\nRisk analysis\n"
            "Endorsed by Tom Reed and 14 others who are highly skilled at this\n")
    assert parse_profile_text(text).endorsements == 15


def test_english_footer_about_is_not_the_about_section() -> None:
    text = ("Ana Ruiz\nAnalyst at Brightwell\nExperience\nAnalyst\nBrightwell · Full-time\n"
            "Jan 2020 - Present · 4 yrs\nAbout\nAccessibility\nTalent Solutions\n"
            "Community Guidelines\nAd Choices\nAdvertising\n")
    p = parse_profile_text(text)
    assert p.about is None
    assert [e.title for e in p.experience or []] == ["Analyst"]


def test_messaging_window_chrome_is_not_message_one() -> None:
    text = """Messaging
Focused
Other
Write a message…
Attach an image
Send GIF
Daniel Pryce  10:42 AM
Hi Anna, we are looking for experts on secure radio.
You  10:50 AM
Hello, thanks for reaching out.
Daniel Pryce  10:55 AM
Could we continue on WhatsApp?
"""
    c = parse_chat_text(text)
    assert [m.sender for m in c.messages] == ["contact", "user", "contact"]
    assert c.messages[0].text.startswith("Hi Anna")
    assert c.contact == "Daniel Pryce"


def test_a_lone_send_line_in_a_chat_is_kept() -> None:
    c = parse_chat_text("Alice Smith  10:42\nShall I send the file?\nSend\n")
    assert "Send" in c.messages[0].text
