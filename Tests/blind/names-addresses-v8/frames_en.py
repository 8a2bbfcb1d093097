# -*- coding: utf-8 -*-
# English frames (v8), hand-written. Syntax: [a|b] choice; {p1:shape|cue}; {a1:style|cue}; see gen.py.
FRAMES = [
("email", "greet_change_addr", """[Hi|Hello|Dear] {p1:given|greeting},

thanks for the quick reply. {p2:full|subject} from your returns desk said I should write to you directly. Could you change the delivery address on order {ord} to:

{a1:multi|address_block}

{p1:given|repeat} – sorry, one more thing: the invoice should still go to my [flatmate|partner] {p3:full|relation}.

[Best|Kind regards|Cheers],
{p4:sig|signoff}"""),
("email", "cardholder_dispute", """Hello,

I am the cardholder ({p1:any|role}) and I do not recognise a charge of €{d2}.90. The parcel was apparently sent to {a1:country|prose}, which is not my address. I have never heard of {p2:full|third_party} – whoever that is, they are not authorised to use my card.

{p2:given|third_party} [seems|appears] to have used my email too. Please call me on {ph}.

{p1:sig|signoff}"""),
("chat", "courier_named", """[{time}] Customer: hi, the driver {p1:given|third_party} called and said nobody was home but I was in all day
[{time}] Agent {p2:given|signoff}: I'm sorry about that! Can you confirm the address?
[{time}] Customer: {a1:line|prose}
[{time}] Customer: my name is {p3:full|form_label}
[{time}] Agent {p2:given|signoff}: thank you {p3:given|greeting}. I have booked a redelivery with {n:CARRIER} for tomorrow."""),
("sloppy_chat", "sloppy_neighbour", """hey so my parcel went to the wrong house again lol
its at {p1:lowerg|third_party}'s place, [shes|the] neighbour at {a1:street|prose}
can u tell the driver to leave it with {p2:lower|relation} next time, my {g2:uncle|aunt} {g2:he|she} lives downstairs
order {ord}
thx {p3:lowerg|signoff}"""),
("sms", "sms_pickup", """{n:CARRIER}: Your parcel for {p1:upper|role} is ready at {p2:full|role}'s shop, {a1:line|prose}. Show code {d2}{d2}. Reply STOP to opt out."""),
("voice_transcript", "voice_msg", """[Voicemail transcript] hi it's uh {p1:lower|subject} calling about the order for my {g2:son|daughter} {p2:lowerg|relation} um {p2:lowerg|repeat} said the box came open and the um the charger was missing so yeah could someone call back on {ph} the address is {a1:lower|prose} thanks bye"""),
("form", "form_upper", """DELIVERY FORM
NAME: {p1:sfup|form_label}
ADDRESS: {a1:upper|form_label}
ALT. RECIPIENT: {p2:upper|form_label}
PHONE: {ph}
NOTES: LEAVE WITH {p3:upsur|delivery_note} (DOORBELL 2) IF OUT"""),
("crm_note", "crm_note", """CRM note – {date}
Caller verified as {p1:any|role}. Asked about the refund for {ord}. Says {p2:full|subject} (ex-partner) placed the order from {a1:line|prose} without consent. Told {p1:given|repeat} we need a police reference. Escalated to {p3:init|role}, team lead.
– {p4:init|signoff}"""),
("marketplace", "marketplace_sold", """Good news! Your item "{n:PRODUCT}" has sold.
Buyer: {p1:any|role}
Ship to:
{p1:full|address_block}
{a1:multic|address_block}
Please ship within 2 days. Questions? Message {p1:given|repeat} through the app."""),
("review", "review_thirdparty", """★★★★☆ Ordered this as a gift for my [colleague|friend|neighbour] {p1:full|relation}. {p1:given|subject} loved it, though the box was dented. The courier, {p2:given|third_party}, was really kind and waited while I found my keys. Deducting one star because the {n:BRAND} logo was crooked. – {p3:init|signoff}"""),
("delivery_note", "delivery_note", """Delivery instructions: {a1:any|delivery_note}. Name on the doorbell is {p1:upsur|delivery_note}, not mine. If no answer, leave it in the letterbox marked {p2:sur|delivery_note} or with {p3:full|relation}, my [neighbour|landlady|landlord] at number {d2}."""),
("ticket", "ticket_shapes", """Ticket #{tix} – wrong recipient
Customer {p1:sfirst|form_label} reports that parcel {ord} was handed to {p2:mid|third_party}, who signed as "{p2:init|third_party}". Customer address on file:
{a1:multi|address_block}
Assigned: {p3:full|role}"""),
("email", "quoted_thread", """{p1:given|greeting}, see below – can you sort this out?

On {date}, {p2:full|quote_header} wrote:
> Hello,
> my {g3:father|mother} {p3:full|relation} has ordered twice to the old flat at
> {a1:multi|address_block}
> {p3:given|repeat} has moved. Please cancel.
> {p2:sig|signoff}

{p4:sig|signoff}"""),
("chat", "attention_co", """[{time}] {p1:given|form_label}: please send the replacement c/o {p2:full|role}, {a1:line|prose}
[{time}] Support: noted. Should the label say "for the attention of {p1:full|role}"?
[{time}] {p1:given|form_label}: yes, and ring {p3:sur|delivery_note} if nobody answers"""),
("email", "signature_block", """Hello team,

{p1:full|subject} told me the return label I got was for the wrong country. I live in {n:CITY} now, not {n:CITY}.

New address:
{a1:multic|address_block}

Thanks,
{p2:sig|signoff}
{n:JOB} | {n:COMPANY}
{ph}"""),
("sloppy_chat", "sloppy_group", """{p1:lowerg|subject}: guys who ordered the blender
{p2:lowerg|subject}: me?? no it was {p3:lower|third_party}
{p1:lowerg|repeat}: well it came to {a1:lower|prose} and nobody knows who that is
{p3:lowerg|repeat}: oops thats my old place, sorry"""),
("email", "account_holder", """Dear Sir or Madam,

I write on behalf of the account holder, {T1} {p1:sur|title_surname}, who is in hospital. {g1:He|She} asked me to stop the subscription and to redirect the last parcel to {p2:full|relation}, {g1:his|her} {g2:brother|sister}:

{a1:multi|address_block}

Yours faithfully,
{p3:mid|signoff}"""),
("form", "form_fields", """Return request
Name: {p1:full|form_label}
Street: {a1:street|form_label}
Email: {e1}
Reason: item damaged; {p2:full|subject} from your warehouse confirmed it by phone.
Signature: {p1:init|signoff}"""),
("chat", "recipient_change", """[{time}] Customer: Can the recipient be changed to {p1:any|role}? {g1:He|She} is collecting it for me.
[{time}] Agent: Certainly. Is the address still {a1:line|prose}?
[{time}] Customer: no, use {a2:line|prose}
[{time}] Agent: updated. Anything else, {p2:given|greeting}?"""),
("review", "review_named_staff", """{!p3=f}Five stars for {p1:given|third_party} at the pick-up counter – {g1:he|she} found my parcel in two minutes even though the label said {p2:upper|form_label}. Avoid the {n:STORE} branch on the high street though. Signed, {p3:lower|signoff}"""),
("email", "shared_house", """Hi,

We share a house at {a1:line|prose}. Parcels for {p1:full|third_party}, {p2:full|third_party} and me keep going to number {d2} instead. {p2:given|subject} said {g2:he|she} would talk to the driver but nothing changed. {p1:sur|repeat} even lost a passport renewal.

Thanks,
{p3:sig|signoff}"""),
("email", "gift_friend", """Hello {p1:given|greeting},

my friend {p2:full|relation} ordered the {n:PRODUCT} on my account as a birthday gift for {p3:given|third_party}. Can you ship it to {p2:given|repeat}'s address instead:

{a1:multi|address_block}

{p4:sig|signoff}"""),
("sms", "sms_neighbour", """Hi it's {p1:given|subject} from no. {d2}. A parcel for {p2:full|third_party} was left with me, [is that your lodger?|do you know them?] I'm at {a1:street|prose}. Pop by after 6."""),
("ticket", "ticket_colleague", """Internal: {p1:full|subject} from finance asked why the invoice for {ord} shows {p2:sfup|form_label} as buyer. The shipping address is {a1:country|prose}. {p1:given|repeat} needs an answer by Friday. cc {p3:init|role}"""),
]

PS = [
    "P.S. {w}", "P.S. I also ordered the {n:PRODUCT}.", "P.S. loved the {n:TITLE} tote bag!",
    "PS: is the {n:BRAND} jacket back in stock?", "P.S. your {n:STORE} branch was closed on Sunday.",
    "P.S. the {n:CARRIER} tracking page is down again.", "PS – the {n:PUBLIC_FIGURE} poster arrived fine.",
    "P.S. I'm flying out of {n:PLACE} on Monday.", "P.S. {n:SHOP} next door had the same issue.",
    "PS I am not near {n:CITY} until the 20th.", "P.S. our {n:JOB} is off this week.",
]

NEG_FRAMES = [
("email", "neg_brands", """Hello,

is the {n:BRAND} shirt in the same sizing as {n:BRAND}? I bought one at {n:STORE} in {n:CITY} last year. Also, does the {n:PRODUCT} ship with {n:CARRIER} or {n:CARRIER}?

Thanks"""),
("review", "neg_review", """{w} Bought the {n:TITLE} box set and a {n:PUBLIC_FIGURE} mug. The mug came via {n:CARRIER}, in one piece. {n:SHOP} gift wrap was lovely."""),
("chat", "neg_chat", """[{time}] Customer: do you deliver to {n:POSTCODE}?
[{time}] Agent: yes, {n:CARRIER} covers that area. Our {n:JOB} can confirm the slot.
[{time}] Customer: ok and the {n:PRODUCT}? I saw it at {n:STORE}."""),
("sloppy_chat", "neg_sloppy", """lol the {n:PRODUCT} arrived in a {n:BRAND} box, my kid thought it was from {n:PUBLIC_FIGURE}
pickup is near {n:PLACE} btw"""),
("ticket", "neg_ticket", """Ticket #{tix}: parcel stuck at the {n:CARRIER} depot in {n:CITY}. {w} Product: {n:PRODUCT}. Reference film in the listing: {n:TITLE}."""),
("email", "neg_company", """Hi,

we are a reseller for {n:COMPANY} and {n:COMPANY}. Could your {n:JOB} send the price list? We ship from {n:CITY}, postcode {n:POSTCODE}.

Regards, the purchasing team"""),
]
