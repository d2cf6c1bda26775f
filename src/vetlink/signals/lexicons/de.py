"""German lexicon (regex alternatives per hallmark; see :mod:`vetlink.signals.lexicons`)."""

LEXICON: dict[str, tuple[str, ...]] = {
    # Common words (plain words, not patterns): the language's patterns run only on
    # texts that contain one of them.
    "hint": ("der", "die", "das", "und", "ist", "nicht", "sie", "ich", "wir", "mit", "für",
             "ein", "eine", "einen", "einem", "zu", "auf", "uns", "ihr", "ihre", "ihren", "ihrem",
             "bitte", "pro", "von", "dem", "den", "je", "unser", "unsere", "wäre", "sind",
             "werden", "haben", "ihnen", "wie", "dich", "dein", "dir"),
    "negation": (r"kein\w{0,3}", r"nicht", r"ohne", r"leider"),
    "pay": (r"honorar\w{0,4}", r"vergütung\w{0,2}", r"vergüte\w{0,2}", r"bezahl\w{0,4}",
            r"zahlen", r"zahlt", r"entlohn\w{0,4}", r"bonus"),
    "written": (
        r"\w{0,15}?(?:bericht|analyse|studie|gutachten|artikel|expertise|einschätzung|dossier|"
        r"papier)\w{0,3}",
    ),
    "paid_offer": (
        r"honorar\w{0,4}", r"aufwandsentschädigung\w{0,2}", r"gegen bezahlung",
        r"(?:bezahlen|vergüten|honorieren) (?:wir )?(?:sie|dich|ihre|deine|ihnen)",
        r"bezahlte\w? (?:beratung|tätigkeit|mitarbeit|gutachten|studie|berichte|expertise)",
    ),
    "lavish_money": (
        r"(?:sehr |äußerst |überaus )?(?:gut|attraktiv|großzügig|lukrativ)\w{0,2} "
        r"(?:bezahlt|vergütet|honoriert|honorar|vergütung|bezahlung)",
    ),
    "expenses_paid": (
        r"(?:reise|flug|hotel|übernachtungs)[\w\- ]{0,40}?kosten (?:werden|sind) "
        r"(?:\w{1,12} )?(?:übernommen|erstattet|bezahlt|gedeckt)",
        r"(?:übernehmen|erstatten|bezahlen|tragen) (?:wir )?(?:sämtliche |alle |die |ihre )?"
        r"(?:reise|flug|hotel|übernachtungs|kosten)\w{0,20}",
        r"alle kosten (?:werden )?übernommen", r"kostenlose\w? (?:reise|flüge|unterkunft)",
        r"fünf-?sterne-?hotel\w{0,2}",
    ),
    "speaking": (
        r"hauptredner\w{0,2}", r"keynote-?(?:rede|vortrag|sprecher|speaker)\w{0,2}",
        r"als redner\w{0,2}", r"als referent\w{0,2}",
        r"(?:einen |ihren )?(?:gast|fest|impuls|plenar)?vortrag (?:zu )?halten",
        r"(?:gast|fest|impuls|plenar)vortrag\w{0,2}",
    ),
    "off_platform": (
        r"(?:über|per|auf|bei|via) signal",
        r"(?:private|persönliche|privaten|persönlichen) (?:e-?mail|mail|adresse|nummer|"
        r"handynummer|telefonnummer)\w{0,6}",
    ),
    "contact_ask": (
        r"(?:ihre|deine) (?:private |persönliche )?(?:handy|mobil|telefon|whats ?app)-?nummer",
        r"mein (?:benutzername|nutzername|handle)", r"meine nummer",
    ),
    "off_platform_strong": (
        r"(?:private|persönlich)\w{0,3} (?:e-?mail|adresse|mail)\w{0,6}[^.!?\n]{0,60}?"
        r"(?:nicht|statt) (?:von |über )?(?:der |ihrer |deiner )?"
        r"(?:dienst|firmen|arbeits|geschäfts)\w{0,10}",
    ),
    "secrecy_strong": (
        r"(?:ganz |strikt |streng )?unter uns", r"unter vier augen",
        r"behalte?n? (?:sie |du )?(?:das|dies|es) (?:\w{1,8} ){0,2}für (?:sich|dich)",
        r"(?:ihr|dein) arbeitgeber (?:muss|braucht|sollte) (?:davon )?nichts (?:zu )?wissen",
        r"(?:erzählen|sagen|berichten|erwähnen) sie (?:das |dies |es )?(?:bitte )?niemandem",
        r"niemandem (?:davon )?(?:erzählen|sagen|erwähnen)",
        r"nicht (?:ihrem|deinem|ihren|deinen) (?:arbeitgeber|chef|vorgesetzten|kollegen|"
        r"sicherheitsbeauftragten) (?:erzählen|sagen|melden|erwähnen)",
        r"(?:löschen|vernichten) sie (?:diese|die|unsere) (?:nachricht|nachrichten|e-?mails?)",
    ),
    "secrecy_soft": (
        r"vertraulich\w{0,2} behandel\w{0,2}", r"streng vertraulich", r"diskret\w{0,2}",
        r"diskretion", r"inoffiziell\w{0,2}", r"unter der hand",
    ),
    "cv": (r"lebenslauf\w{0,2}", r"cv", r"vita", r"bewerbungsunterlagen"),
    "clearance": (
        r"sicherheitsüberprüfung\w{0,2}", r"sicherheitsfreigabe\w{0,2}", r"ü ?[123]",
        r"vs-?ermächtigung\w{0,2}", r"geheimschutz\w{0,10}", r"ermächtigungsstufe\w{0,2}",
    ),
    "cv_targets": (
        r"datum der (?:letzten )?(?:sicherheits)?überprüfung", r"welche\w? behörde",
        r"(?:liste|übersicht|aufstellung) (?:der|aller|ihrer) (?:projekte|programme|vorhaben)",
        r"eingestufte\w{0,2} (?:projekte|programme|vorhaben)", r"verschlusssache\w{0,2}",
    ),
    "vague_client": (
        r"vertrauliche\w{0,2} (?:mandat|kunden|auftrag|auftraggeber|projekt|position|stelle|"
        r"suche)\w{0,2}",
        r"(?:ungenannte|namhafte|renommierte)\w{0,2} (?:kunde|auftraggeber|denkfabrik|"
        r"beratung|unternehmen|investor)\w{0,4}",
    ),
    "credential": (
        r"(?:melden|loggen) sie sich (?:bitte )?(?:mit|über) ihre\w? (?:dienstlichen |"
        r"geschäftlichen |beruflichen |microsoft |google |outlook )?(?:zugangsdaten|konto|"
        r"account|anmeldedaten|passwort)",
        r"(?:zugangsdaten|anmeldedaten|passwort|kennwort)\w{0,2} (?:eingeben|angeben|"
        r"mitteilen|senden|schicken)",
        r"fernwartung\w{0,6}", r"fernzugriff\w{0,2}", r"teamviewer", r"anydesk",
    ),
    "otp": (r"(?:bestätigungs|verifizierungs|sicherheits|sms|einmal|zugangs)-?code\w{0,2}",
            r"\d-stellige\w? code"),
    "code_forward": (
        r"(?:leite|leiten sie|schick|schicken sie|sende|senden sie|gib|geben sie|nenn|"
        r"nennen sie) (?:ihn |ihn mir |mir |uns )?(?:den code|ihn|diesen)",
        r"an mich weiter\w{0,6}", r"mir (?:weiter)?(?:leiten|geben|schicken|senden|mitteilen)",
    ),
    "run_verb": (r"öffne\w{0,2}", r"ausführ\w{0,4}", r"führe\w{0,2}", r"starte\w{0,2}",
                 r"installier\w{0,4}", r"klon\w{0,4}", r"herunterlad\w{0,4}",
                 r"entpack\w{0,4}"),
    "run_code": (
        r"(?:repository|repo) (?:klonen|herunterladen)", r"npm (?:install|start|run)",
        r"(?:programm|datei|archiv|anwendung|tool|software|installer|plug-?in) "
        r"(?:herunterladen|ausführen|installieren|starten)",
        r"makros? (?:aktivieren|aktiviert)", r"(?:probe|test|programmier)aufgabe\w{0,2}",
    ),
    "work_machine": (
        r"(?:auf|an|von|mit) (?:ihrem|deinem|dem) (?:dienst|arbeits|firmen|büro)(?:laptop|"
        r"rechner|computer|pc|gerät|notebook)",
    ),
    "passport": (
        r"(?:kopie|scan|foto|bild|nummer|daten)\w{0,3} (?:[\w()-]{1,20} ){0,3}"
        r"(?:reise)?pass(?:es)?",
        r"(?:reise)?pass(?:es)? ?\(?(?:datenseite|kopie|scan|nummer)",
        r"(?:kopie|scan)\w{0,3} (?:ihres|deines) personalausweises", r"(?:reise)?passkopie",
    ),
}
