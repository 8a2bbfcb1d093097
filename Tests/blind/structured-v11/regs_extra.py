"""Security incident notes (IP forms, defanged IOCs, leaked tokens) and payment-desk chats (card separators)."""
import values as V
from common import P, NL


def ipctx(g, ctx):
    R = g.R
    if ctx == "defang":
        return [g.defanged()]
    if ctx == "port":
        l = g.ip4()
        return [P("IP_ADDRESS", "v4_port", l[3]), ":", str(g.ch([22, 443, 8080, 3389, 4444, 8443]))]
    if ctx == "v6port":
        l = g.ip6(g.ch(["compressed", "full", "loop_mid"]))
        return ["[", P("IP_ADDRESS", "v6_bracket_port", l[3]), "]:", str(g.ch([443, 8443, 22, 51820]))]
    if ctx == "bracket":
        l = g.ip4()
        return ["[", P("IP_ADDRESS", "v4_bracket", l[3]), "]"]
    if ctx == "userat":
        l = g.ip4()
        return [g.ch(["root", "admin", "ubuntu", "deploy", "git"]), "@", P("IP_ADDRESS", "v4_userat", l[3])]
    if ctx == "url":
        l = g.ip4()
        return [g.ch(["http://", "https://"]), P("IP_ADDRESS", "v4_url", l[3]), g.ch(["/wp-login.php", "/admin/", ":8080/shell.php", "/.env", "/phpmyadmin/"])]
    if ctx == "hxxp":
        ip = V.ipv4(R, "pub")
        d = ip.replace(".", "[.]")
        return [g.ch(["hxxp://", "hxxps://"]), P("IP_ADDRESS", "hxxp_defang", d), g.ch(["/x.sh", "/bins/mips", "/gate.php"])]
    if ctx == "cidr":
        l = g.ip4()
        return [P("IP_ADDRESS", "v4_cidr", l[3]), "/", str(g.ch([24, 28, 32, 16]))]
    if ctx == "v6":
        return [g.ip6()]
    return [g.ip4()]


CTXS = ["defang", "defang", "port", "v6port", "bracket", "userat", "url", "hxxp", "cidr", "v6", "plain"]
T = {
 "en": {"subj": ["[SEC] credential stuffing against /customer/account/login", "Incident: leaked API token in public repo", "[ALERT] card testing on checkout", "Post-mortem: admin login from unknown IP"],
        "intro": ["Summary: between {D1} and {D2} we saw a spike of failed logins.", "TL;DR a token was pushed to a public repo and used within minutes.", "We blocked the following sources at the WAF."],
        "ioc": "IOCs (defanged):", "acct": "Affected customer account: ", "tok": "Leaked token (already revoked): ", "act": "Actions: keys rotated, WAF rule added, ticket ",
        "xff": "Sample request header: ", "first": "First seen from "},
 "de": {"subj": ["[SEC] Credential Stuffing auf /customer/account/login", "Vorfall: API-Token in öffentlichem Repo", "[ALARM] Kartentests im Checkout", "Nachbetrachtung: Admin-Login von unbekannter IP"],
        "intro": ["Zusammenfassung: zwischen {D1} und {D2} deutlich mehr fehlgeschlagene Logins.", "Kurz: ein Token wurde in ein öffentliches Repo gepusht und nach Minuten benutzt.", "Folgende Quellen wurden an der WAF gesperrt."],
        "ioc": "IOCs (entschärft):", "acct": "Betroffenes Kundenkonto: ", "tok": "Geleakter Token (bereits widerrufen): ", "act": "Maßnahmen: Keys rotiert, WAF-Regel ergänzt, Ticket ",
        "xff": "Beispiel-Header: ", "first": "Zuerst gesehen von "},
 "fr": {"subj": ["[SEC] credential stuffing sur /customer/account/login", "Incident : jeton API publié dans un dépôt public", "[ALERTE] tests de cartes sur le checkout", "Retour d'expérience : connexion admin depuis une IP inconnue"],
        "intro": ["Résumé : entre le {D1} et le {D2}, forte hausse des connexions échouées.", "En bref : un jeton a été poussé dans un dépôt public et utilisé en quelques minutes.", "Nous avons bloqué les sources suivantes sur le WAF."],
        "ioc": "IOC (désamorcés) :", "acct": "Compte client concerné : ", "tok": "Jeton exposé (déjà révoqué) : ", "act": "Actions : clés changées, règle WAF ajoutée, ticket ",
        "xff": "Exemple d'en-tête : ", "first": "Vu pour la première fois depuis "},
}


def incident(g):
    R = g.R
    L = T[g.lang]
    start_ip = R.random() < .25
    if start_ip:
        g.t(P("IP_ADDRESS", "v4@start", V.ipv4(R, "pub")), g.L([" - blocked after ", " blocked: "], [" - gesperrt nach ", " gesperrt: "], [" - bloquée après ", " bloquée : "]), str(R.randint(50, 5000)), g.L(" failed logins\n\n", " fehlgeschlagenen Logins\n\n", " échecs de connexion\n\n"))
    g.t("Subject: ", g.ch(L["subj"]), "\nFrom: ", g.email(kind="role"), "\n\n")
    intro = g.ch(L["intro"])
    import re
    for i, seg in enumerate(re.split(r"\{(\w+)\}", intro)):
        if i % 2 == 0:
            g.t(seg)
        else:
            g.t(g.date())
    g.t("\n\n", L["ioc"], "\n")
    for _ in range(R.randint(2, 5)):
        g.t(g.ch(["- ", "* ", "  "]), *ipctx(g, g.ch(CTXS)), g.ch(["", "  (" + g.ch(["ASN ", "AS"]) + str(R.randint(1000, 64000)) + ")", " " + g.L("scanner", "Scanner", "scanner")]), "\n")
    if R.random() < .6:
        g.t("\n", L["xff"], "X-Forwarded-For: ")
        n = R.randint(2, 4)
        for j in range(n):
            x = g.ip() if R.random() < .7 else g.ip4("priv")
            g.t(P("IP_ADDRESS", x[2] + "_xff", x[3]), ", " if j < n - 1 else "")
        g.t("\n")
    if R.random() < .6:
        g.t(L["acct"], g.email(), " (", g.L("order ", "Bestellung ", "commande "), g.order(nohash=True), ")\n")
    if R.random() < .5:
        g.t(L["tok"], g.secret(g.ch(["github_pat", "stripe_secret", "aws_access_key", "slack_bot", "sendgrid", "openai", "shopify_access", "gitlab_pat", "npm", "google_api", "mailgun", "anthropic"])), "\n")
    if R.random() < .3:
        g.t(g.L("Attacker used card BINs like ", "Angreifer nutzte Karten-BINs wie ", "L'attaquant a utilisé des BIN comme "), g.N("BIN", lambda R: V.rs(R, "45", 1) + V.rs(R, V.DIG, 5)), g.L(", e.g. full PAN ", ", z.B. vollständige PAN ", ", p.ex. PAN complet "), g.card(g.ch(["plain", "space", "dash"])), "\n")
    g.t(L["act"], g.N("TICKET", V.n_ticket), ".\n")
    if not start_ip and R.random() < .4:
        g.t(L["first"], P("IP_ADDRESS", "v4@end", V.ipv4(R, "pub")))


PAY = {
 "en": {"c": ["here is my card number: {C}", "card: {C} exp {EX}", "the one ending {M} was declined, try {C}", "{C}", "ok sending again {C}", "my partner's card {C} then?"],
        "a": ["Please never send full card numbers in chat, I've masked it as {MS}.", "The payment for order {O} failed with code 05.", "I can see the charge of {A} on the card {MS}.", "Thanks, refund of {A} goes back to {MS} in 3-5 days."]},
 "de": {"c": ["hier meine Kartennummer: {C}", "Karte: {C} gültig bis {EX}", "die mit Endung {M} wurde abgelehnt, probiert {C}", "{C}", "ok nochmal: {C}", "dann die Karte meines Mannes {C}?"],
        "a": ["Bitte niemals vollständige Kartennummern im Chat senden, ich habe sie als {MS} maskiert.", "Die Zahlung für Bestellung {O} ist mit Code 05 fehlgeschlagen.", "Ich sehe die Belastung über {A} auf der Karte {MS}.", "Danke, die Erstattung über {A} geht in 3-5 Tagen auf {MS}."]},
 "fr": {"c": ["voici mon numéro de carte : {C}", "carte : {C} exp {EX}", "celle qui finit par {M} a été refusée, essayez {C}", "{C}", "ok je renvoie : {C}", "la carte de ma femme alors {C} ?"],
        "a": ["Merci de ne jamais envoyer le numéro complet de carte ici, je l'ai masqué : {MS}.", "Le paiement de la commande {O} a échoué (code 05).", "Je vois le débit de {A} sur la carte {MS}.", "Merci, le remboursement de {A} sera recrédité sur {MS} sous 3 à 5 jours."]},
}


def paydesk(g):
    R = g.R
    cust = g.first()
    h, m = R.randint(8, 21), R.randint(0, 40)
    for i in range(R.randint(3, 6)):
        m += R.randint(0, 4)
        g.t("[", NL("TIME", "%02d:%02d" % (h + m // 60, m % 60)), "] ", cust if i % 2 == 0 else g.L("Payments", "Zahlungsservice", "Service paiement"), ": ")
        fr = g.ch(PAY[g.lang]["c" if i % 2 == 0 else "a"])
        import re
        for j, seg in enumerate(re.split(r"\{(\w+)\}", fr)):
            if j % 2 == 0:
                if seg:
                    g.t(seg)
            elif seg == "C":
                g.t(g.card())
            elif seg == "EX":
                g.t(g.N("DATE", lambda R: "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))))
            elif seg == "M":
                g.t(g.N("MASKED_CARD", lambda R: V.rs(R, V.DIG, 4)))
            elif seg == "MS":
                g.t(g.N("MASKED_CARD", lambda R: R.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "4" + "*" * 11]) + V.rs(R, V.DIG, 4)))
            elif seg == "O":
                g.t(g.order())
            elif seg == "A":
                g.t(g.amount())
        g.t("\n")


REGS = {"security_incident": incident, "payment_desk_chat": paydesk}
