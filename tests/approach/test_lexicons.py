"""The exact hallmarks in German, French, Spanish, Italian, Russian and Chinese (and the English
lures added with them): each signal finds the exact phrase in every language, and stays silent
on what genuine recruiters, conference chairs and colleagues write in the same language.

The sentences are written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import json

import pytest

from vetlink.assess import assess
from vetlink.ingest.conversation import conversation_from_bytes
from vetlink.signals import lexicons, registry
from vetlink.signals.base import Context
from vetlink.signals.message_view import MessageView
from vetlink.signals.money import amounts, parse_amount
from vetlink.signals.patterns import phone_numbers


def run(signal_id: str, text: str) -> list[tuple[str, str]]:
    view = MessageView(index=2, text=text, sender="contact")
    return [(f.evidence, f.severity) for f in registry()[signal_id].run(view, Context())]


# (signal, language, message, evidence, severity)
FIRES = [
    # (a) money: paid reports and fees, any currency and number format
    ("message.paid_reports", "de", "Wir zahlen 1.800 € je Kurzanalyse zu Ihrem Fachgebiet.",
     "zahlen 1.800 € je Kurzanalyse", "high"),
    ("message.paid_reports", "fr", "Chaque rapport de cinq pages est payé 900 euros.",
     "rapport de cinq pages est payé", "high"),
    ("message.paid_reports", "es", "Ofrecemos 2.500 dólares por cada informe breve.",
     "2.500 dólares por cada informe", "high"),
    ("message.paid_reports", "it", "Per ogni articolo riceverà 1 200 € entro una settimana.",
     "articolo riceverà 1 200 €", "high"),
    ("message.paid_reports", "ru", "За каждый обзор мы готовы выплатить 40 000 руб.",
     "обзор мы готовы выплатить", "high"),
    ("message.paid_reports", "zh", "每篇文章稿酬8000元，按月结算。", "文章稿酬", "high"),
    ("message.paid_reports", "en", "We offer EUR 1,000–2,000 per briefing paper.",
     "EUR 1,000–2,000 per briefing", "high"),
    ("message.paid_offer", "de", "Für Ihre Einschätzung bieten wir ein Honorar an.", "Honorar",
     "medium"),
    ("message.paid_offer", "de", "Die Mitarbeit wird sehr gut vergütet.", "sehr gut vergütet",
     "high"),
    ("message.paid_offer", "fr", "Vos honoraires seraient fixés à l'avance.", "honoraires",
     "medium"),
    ("message.paid_offer", "es", "Es una colaboración muy bien pagada.", "muy bien pagada",
     "high"),
    ("message.paid_offer", "it", "È previsto un compenso per ogni incontro.", "compenso",
     "medium"),
    ("message.paid_offer", "ru", "Мы предлагаем солидный гонорар за консультацию.",
     "солидный гонорар", "high"),
    ("message.paid_offer", "zh", "我们会支付丰厚的报酬。", "丰厚的报酬", "high"),
    # (b) moving off the platform
    ("message.off_platform", "de", "Schreiben Sie mir lieber per Signal, das ist einfacher.",
     "per Signal", "medium"),
    ("message.off_platform", "de", "Bitte schicken Sie mir Ihre private Handynummer für "
     "WhatsApp.", "WhatsApp", "high"),
    ("message.off_platform", "fr", "Écrivez-moi sur Telegram, mon pseudo est @expert_lyon.",
     "Telegram", "high"),
    ("message.off_platform", "es", "¿Me das tu número personal? Prefiero WhatsApp.",
     "WhatsApp", "high"),
    ("message.off_platform", "it", "Rispondimi dalla tua email personale, non da quella "
     "aziendale.", "email personale, non da quella aziendale", "high"),
    ("message.off_platform", "ru", "Давайте перейдём в Телеграм, так удобнее.", "Телеграм",
     "medium"),
    ("message.off_platform", "zh", "方便的话加我的微信详聊。", "微信", "high"),
    ("message.off_platform", "en", "Could you give me your personal mobile number? It is "
     "easier than LinkedIn.", "your personal mobile number", "high"),
    # (c) secrecy
    ("message.secrecy", "de", "Das bleibt bitte ganz unter uns.", "ganz unter uns", "high"),
    ("message.secrecy", "de", "Wir bitten um Diskretion.", "Diskretion", "medium"),
    ("message.secrecy", "fr", "N'en parlez pas à votre employeur pour l'instant.",
     "N'en parlez pas à votre employeur", "high"),
    ("message.secrecy", "es", "Mejor que no lo cuentes a nadie de la oficina.",
     "no lo cuentes a nadie", "high"),
    ("message.secrecy", "it", "Mi raccomando, resta tra noi.", "resta tra noi", "high"),
    ("message.secrecy", "ru", "Это строго между нами, хорошо?", "строго между нами", "high"),
    ("message.secrecy", "ru", "Всё будет конфиденциально.", "конфиденциально", "medium"),
    ("message.secrecy", "zh", "这件事请不要告诉同事。", "不要告诉同事", "high"),
    ("message.secrecy", "zh", "请对此事保密。", "保密", "medium"),
    # (d) speaking with expenses paid
    ("message.speaking_invitation", "de", "Wir möchten Sie als Hauptrednerin gewinnen.",
     "Hauptrednerin", "low"),
    ("message.expenses_paid", "de", "Flug- und Hotelkosten werden vollständig übernommen.",
     "Flug- und Hotelkosten werden vollständig übernommen", "medium"),
    ("message.speaking_invitation", "fr", "Vous seriez notre conférencier d'honneur.",
     "conférencier d'honneur", "low"),
    ("message.expenses_paid", "fr", "Tous les frais de déplacement sont pris en charge.",
     "frais de déplacement sont pris en charge", "medium"),
    ("message.speaking_invitation", "es", "Queremos contar con usted como ponente principal.",
     "ponente principal", "low"),
    ("message.expenses_paid", "es", "Cubrimos los vuelos y el alojamiento.",
     "Cubrimos los vuelos", "medium"),
    ("message.speaking_invitation", "it", "Sarebbe la nostra relatrice principale.",
     "relatrice principale", "low"),
    ("message.expenses_paid", "it", "Il viaggio e l'alloggio sono a carico nostro; volo e hotel "
     "sono pagati.", "volo e hotel sono pagati", "medium"),
    ("message.speaking_invitation", "ru", "Приглашаем вас выступить на открытии форума.",
     "выступить", "low"),
    ("message.expenses_paid", "ru", "Перелёт и проживание за наш счёт.",
     "Перелёт и проживание за наш счёт", "medium"),
    ("message.speaking_invitation", "zh", "诚邀您在年会上发表演讲。", "发表演讲", "low"),
    ("message.expenses_paid", "zh", "机票和住宿全部由主办方承担。", "机票和住宿全部由主办方承担",
     "medium"),
    # (e) CV with clearance
    ("message.cv_with_clearance", "de", "Schicken Sie mir Ihren Lebenslauf mit Ihrer "
     "VS-Ermächtigung.", "Schicken Sie mir Ihren Lebenslauf mit Ihrer VS-Ermächtigung.",
     "medium"),
    ("message.cv_with_clearance", "fr", "Merci de joindre un CV précisant votre habilitation "
     "et les programmes classifiés suivis.", "Merci de joindre un CV précisant votre "
     "habilitation et les programmes classifiés suivis.", "high"),
    ("message.cv_with_clearance", "es", "Envíeme su currículum. Indique su habilitación "
     "personal de seguridad.", "Envíeme su currículum. Indique su habilitación personal de "
     "seguridad.", "medium"),
    ("message.cv_with_clearance", "it", "Mi mandi il CV con il nulla osta di sicurezza.",
     "Mi mandi il CV con il nulla osta di sicurezza.", "medium"),
    ("message.cv_with_clearance", "ru", "Пришлите резюме и укажите форму допуска.",
     "Пришлите резюме и укажите форму допуска.", "medium"),
    ("message.cv_with_clearance", "zh", "请发一份简历，注明涉密等级。",
     "请发一份简历，注明涉密等级。", "medium"),
    ("message.clearance_question", "de", "Haben Sie eine Sicherheitsüberprüfung Ü3?",
     "Sicherheitsüberprüfung", "medium"),
    # (f) item-4 lures: credentials, work machine, passport
    ("message.credential_request", "en", "You will get a six-digit code by SMS; please forward "
     "it to me here.", "You will get a six-digit code by SMS; please forward it to me here.",
     "high"),
    ("message.credential_request", "de", "Bitte melden Sie sich mit Ihren dienstlichen "
     "Zugangsdaten an.", "melden Sie sich mit Ihren dienstlichen Zugangsdaten", "high"),
    ("message.credential_request", "fr", "Indiquez votre mot de passe pour valider "
     "l'inscription.", "votre mot de passe", "high"),
    ("message.credential_request", "es", "Le llegará un código de verificación; reenvíemelo, "
     "por favor.", "Le llegará un código de verificación; reenvíemelo, por favor.", "high"),
    ("message.credential_request", "it", "Per il collegamento useremo una sessione remota.",
     "sessione remota", "high"),
    ("message.credential_request", "ru", "Сейчас придёт код подтверждения, перешлите мне его.",
     "Сейчас придёт код подтверждения, перешлите мне его.", "high"),
    ("message.credential_request", "zh", "稍后您会收到验证码，请转发给我。",
     "稍后您会收到验证码，请转发给我。", "high"),
    ("message.work_machine_lure", "de", "Führen Sie die Testaufgabe bitte auf Ihrem "
     "Dienstlaptop aus.", "Führen Sie die Testaufgabe bitte auf Ihrem Dienstlaptop aus.",
     "high"),
    ("message.work_machine_lure", "fr", "Lancez le projet depuis votre ordinateur de travail.",
     "Lancez le projet depuis votre ordinateur de travail.", "high"),
    ("message.work_machine_lure", "it", "Esegua il progetto sul suo computer di lavoro.",
     "Esegua il progetto sul suo computer di lavoro.", "high"),
    ("message.work_machine_lure", "ru", "Запустите файл на рабочем компьютере.",
     "Запустите файл на рабочем компьютере.", "high"),
    ("message.work_machine_lure", "zh", "请在公司电脑上运行这个程序。",
     "请在公司电脑上运行这个程序。", "high"),
    ("message.open_request", "en", "First, clone the repo and run npm install.", "npm install",
     "medium"),
    ("message.passport_request", "de", "Wir brauchen einen Scan Ihres Reisepasses.",
     "Scan Ihres Reisepasses", "medium"),
    ("message.passport_request", "fr", "Envoyez-nous une copie de votre passeport.",
     "copie de votre passeport", "medium"),
    ("message.passport_request", "es", "Necesitamos una foto de su pasaporte.",
     "foto de su pasaporte", "medium"),
    ("message.passport_request", "it", "Ci serve una scansione del passaporto.",
     "scansione del passaporto", "medium"),
    ("message.passport_request", "ru", "Пришлите копию паспорта для визы.", "копию паспорта",
     "medium"),
    ("message.passport_request", "zh", "请把护照扫描件发给我们。", "护照扫描件", "medium"),
]


@pytest.mark.parametrize(("signal_id", "lang", "text", "evidence", "severity"), FIRES)
def test_hallmark_is_found_in_every_language(signal_id, lang, text, evidence, severity):
    assert (evidence, severity) in run(signal_id, text), run(signal_id, text)


# What genuine senders write in the same languages: none of these may raise the signal.
NEAR_MISSES = [
    ("message.paid_reports", "de", "Das Gehalt liegt bei 75.000 € brutto; die Stellenanzeige "
     "finden Sie auf unserer Seite."),
    ("message.paid_reports", "ru", "Зарплата 300 000 руб. на руки, вакансия аналитика данных."),
    ("message.paid_reports", "zh", "年薪40-50万，职位详情见官网。"),
    ("message.paid_offer", "fr", "Malheureusement, aucun honoraire n'est prévu pour les "
     "intervenants."),
    ("message.paid_offer", "it", "Non è previsto alcun compenso per i relatori."),
    ("message.paid_offer", "de", "Leider können wir kein Honorar zahlen."),
    ("message.expenses_paid", "fr", "Les frais d'inscription sont réduits pour les doctorants."),
    ("message.expenses_paid", "es", "Lamentablemente no cubrimos los vuelos."),
    ("message.expenses_paid", "zh", "注册费按官网标准缴纳。"),
    ("message.off_platform", "de", "Die Stellenanzeige steht auf unserer Karriereseite."),
    ("message.off_platform", "it", "Ci vediamo alla riunione di martedì in ufficio."),
    ("message.secrecy", "es", "Nos vemos en la reunión del equipo el lunes."),
    ("message.secrecy", "fr", "Le programme de la journée est public."),
    ("message.cv_with_clearance", "de", "Schicken Sie mir gern Ihren aktuellen Lebenslauf."),
    ("message.cv_with_clearance", "ru", "Пришлите, пожалуйста, ваше резюме."),
    ("message.clearance_question", "es", "Nos ponemos en contacto por una vacante en Madrid."),
    ("message.credential_request", "fr", "Vous recevrez un code de validation par SMS pour "
     "activer votre compte."),
    ("message.credential_request", "it", "Il bando è disponibile sul sito del convegno."),
    ("message.work_machine_lure", "de", "Ich arbeite gern an meinem Dienstlaptop im Zug."),
    ("message.passport_request", "es", "El congreso se celebra en Sevilla en mayo."),
    ("message.speaking_invitation", "de", "Die Keynotes vom letzten Jahr sind online."),
]


@pytest.mark.parametrize(("signal_id", "lang", "text"), NEAR_MISSES)
def test_hallmark_stays_silent_on_genuine_wording(signal_id, lang, text):
    assert run(signal_id, text) == []


@pytest.mark.parametrize(("written", "amount"), [
    ("USD 500–1,500", 500), ("€2.000", 2000), ("2.000 €", 2000), ("1 500 €", 1500),
    ("1.500 dólares", 1500), ("30 000 руб.", 30000), ("5000元", 5000), ("¥10,000", 10000),
])
def test_money_is_found_in_every_number_format(written, amount):
    assert amounts(f"Fee: {written} per item") == [written]
    assert parse_amount(written)[0] == amount


def test_numbers_that_are_not_money_are_not_amounts():
    assert amounts("Pages 3 500 to 4 000, on 12.06.2025, reference 104233, 2-3 pages") == []


def test_phone_numbers_in_international_and_national_formats():
    text = "Call +33 6 39 12 34 56 or 030 12345678, not ref 2024-03-11."
    assert phone_numbers(text) == ("+33 6 39 12 34 56", "030 12345678")


def test_every_language_pattern_is_compiled_once_at_import():
    for hallmark in ("secrecy_strong", "pay", "written", "credential", "passport"):
        assert set(lexicons.PATTERNS[hallmark]) == {"de", "fr", "es", "it", "ru", "zh"} | (
            {"en"} if hallmark in lexicons.LEXICONS["en"] else set())
    assert all(p.flags & 2 for by_lang in lexicons.PATTERNS.values()
               for p in by_lang.values())  # re.IGNORECASE


def approach(*messages: str) -> tuple[str, list[str]]:
    doc = {"schema": "vetlink/conversation/v1",
           "messages": [{"sender": "contact", "text": text} for text in messages]}
    result = assess(conversation=conversation_from_bytes(json.dumps(doc).encode(), "c.json"),
                    use_models=False)
    return result.band, sorted({f.id for f in result.findings})


def test_german_paid_report_offer_with_whatsapp_and_secrecy_is_high():
    band, ids = approach("Wir zahlen 2.000 € für einen Bericht über Ihre aktuellen Projekte. "
                         "Schreiben Sie mir per WhatsApp: +49 151 23456789. Und bitte behalten "
                         "Sie das für sich.")
    assert band == "high"
    assert {"message.paid_reports", "message.off_platform", "message.secrecy"} <= set(ids)


def test_genuine_conference_chair_offering_reimbursement_is_not_high():
    band, _ = approach("Gentile collega, la invitiamo a presentare un contributo al convegno di "
                       "Padova. Il bando è sul sito; le spese di viaggio sono rimborsate ai "
                       "relatori invitati secondo il regolamento.")
    assert band == "low"


def test_genuine_recruiter_naming_salary_and_clearance_is_not_high():
    band, _ = approach("Bonjour, je recrute pour Naval Systèmes un ingénieur (55–65 k€ brut). "
                       "Le poste nécessite une habilitation défense. Quel est votre préavis ?")
    assert band == "low"
