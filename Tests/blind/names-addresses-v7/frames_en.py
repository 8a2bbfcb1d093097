# English frames for names-addresses-v7. Tags are explained in gen.py.
# (frame id, register, kind, template).  kind: pii | neg

FRAMES = [
("en_redirect_rel", "email", "pii", """Hi {B.given:greeting},

Quick one about order {ORD}. I won't be home on {D}, so {A.rel} {A.any:relation} will take the parcel in for me. {A.He} lives two streets over, at {X.line:prose}, so could you redirect it there?

Thanks a lot,
{C.sig:signoff}
{C.phone}"""),

("en_quoted_reply", "email", "pii", """Hello again,

still nothing arrived, see the thread below.

{C.given:signoff}
{Q}
On {D}, {B.full:quote_header} <{B.email}> wrote:
> Dear {C.tsur:title_surname},
>
> thank you for your patience. The warehouse confirms the parcel left with {N.CARRIER} for {X.line:prose}.
> If nobody was home it may have been handed to a neighbour, possibly {A.tsur:quoted}.
>
> Best regards
> {B.sig:signoff}
> {N.JOB_TITLE}"""),

("en_chat_colleague", "chat", "pii", """[{T}] customer: hi, my colleague {A.any:relation} is going to collect the order from the {N.CITY} pickup point on {D}, is that ok?
[{T}] agent {B.given:role}: Sure! Could you confirm the name on the order?
[{T}] customer: its under my name, {C.full:form_label}. order {ORD}
[{T}] agent {B.given:role}: Thanks. {A.given:relation} will need to show ID at the counter. Anything else?
[{T}] customer: no thats all, cheers"""),

("en_delivery_note", "delivery_note", "pii", """DELIVERY NOTE - {ORD}
Recipient: {C.upper:role}
{X.ml:address_block}
Instructions: if no answer please leave with the neighbour at no. {NUM} ({A.tsur:delivery_note}), NOT in the porch. Bell says {C.upsur:delivery_note}/{B.sur:delivery_note}."""),

("en_review_staff", "review", "pii", """{A=f}★★★★☆ Bought the {N.PRODUCT} as a gift. The lady at the {N.STORE} counter, {A.given:role} I think, was lovely and even wrapped it for me. One star off because the box arrived with a {N.PUBLIC_FIGURE} sticker on it, lol."""),

("en_sms_sister", "sms", "pii", """hey its {C.given:signoff} again, can u send the 2nd box to {A.rel} instead? {A.full:relation}, {X.line:prose}. {A.he} is home all day thx"""),

("en_on_behalf", "email", "pii", """Dear {B.tfull:greeting},

I am writing on behalf of {A.rel}, {A.mid:relation}, who ordered the {N.PRODUCT} last week but struggles with e-mail. Please send any questions to me. The delivery address stays the same:

{X.ml:address_block}

Yours sincerely,

{C.sig:signoff}
{C.phone}
{C.email}"""),

("en_forward", "email", "pii", """FYI, can somebody pick this one up? I'm off from tomorrow.

{B.given:signoff}
{Q}
---------- Forwarded message ---------
From: {A.full:quote_header} <{A.email}>
Date: {D}
Subject: wrong size

Hi,

I got the {N.BRAND} shirt in XL instead of M. I've already posted it back from the post office near my work, the return label said {X.line:prose}. Hope that's right?

Cheers,
{A.given:signoff}"""),

("en_marketplace", "marketplace", "pii", """Message from buyer:
Hi {B.given:greeting}, love the {N.BRAND} bag! Would you post it to {A.rel}? {A.He}'s away at uni:
{A.full:relation}
{X.ml:address_block}
I'll pay the extra postage. Cheers, {C.full:signoff}"""),

("en_ticket_caller", "ticket", "pii", """Ticket #{NUM}{NUM} | channel: phone | agent: {B.init:role}
Caller verified as {C.full:role} (DOB + postcode). Caller says {C.his} neighbour {A.full:relation} signed for the parcel on {D} but denies having it. Neighbour lives at {X.line:prose}. Escalated to {N.CARRIER} claims. Do NOT mention {N.PUBLIC_FIGURE} promo to customer again."""),

("en_sloppy", "sloppy_chat", "pii", """yo so my flatmate {A.lower:relation} ordered the {N.WORD} hoodie on my account by mistake lol, can u just ship it to {A.him} at {X.low:prose}? ta"""),

("en_thread_long", "email", "pii", """Hi {B.given:greeting},

Thanks for sorting the refund. One last thing: the replacement should go to my office, not home. Our receptionist {A.full:role} signs for everything.

Kind regards,
{C.mid:signoff}
{N.JOB_TITLE}, {N.COMPANY}
{C.phone}
{Q}
> From: {B.full:quote_header}
> Sent: {D}
> To: {C.full:quote_header}
> Subject: Your return
>
> Hi {C.given:greeting},
> I have processed the refund for {ORD}. If anything else comes up, my colleague {D.full:quoted} covers the inbox on Fridays.
> {B.given:signoff}"""),

("en_gift_prose", "chat", "pii", """It's a surprise for {A.rel}'s 80th, so please don't put the price inside. Deliver it to {A.full:relation} at {X.line:prose} - {A.he}'s a bit deaf so knock loudly! The card should say "With love from {C.given:mention} and {D.given:mention}"."""),

("en_form_block", "form", "pii", """Name: {C.sfirst:form_label}
Alternative recipient: {A.full:role}
Relationship: {A.relword}
Address:
{X.ml:address_block}
Phone: {C.phone}
Comments: please ring twice, flat is at the back"""),

("en_pobox", "email", "pii", """Hello,

Please use our PO box for the invoice, we don't get post at the unit:

{C.full:address_block}
{X.pobox}

Thanks,
{C.given:signoff}"""),

("en_street_only", "chat", "pii", """not at home till 6 but {A.given:relation} (my neighbour at {X.st}) said {A.he} can take it. is that alright with {N.CARRIER}?"""),

("en_signoff_dash", "email", "pii", """Hi team,

The {N.PRODUCT} came damaged, photo attached. Happy with a replacement sent to the same place as before.

--
{C.sig:signoff}
{X.line:address_block}
{C.email}"""),

("en_caretaker", "chat", "pii", """Customer: parcel shows delivered but I've got nothing
Agent {B.full:role}: So sorry! The driver's note says "left with {A.full:delivery_note}, flat {NUM}". Is that someone you know?
Customer: oh {A.given:relation} is the caretaker. ok I'll ask {A.him}, thanks {B.given:greeting}"""),

("en_sloppy_neighbour", "sloppy_chat", "pii", """ok so basically im away til sunday, {A.rel} {A.lowerg:relation} has a key and will grab it, {A.he} lives at {X.low:prose}. or just leave it w/ {B.lower:delivery_note} downstairs lol"""),

("en_prose_collect", "chat", "pii", """Morning! Small change: my colleague from accounts, {A.sfirst:relation} (yes, surname first, that's how {A.he} signs everything), will pick the order up. If that doesn't work please send it to {A.his} home instead, which is {X.line:prose}. Many thanks, {C.full:signoff}"""),

("en_quoted_sig", "email", "pii", """Sorry to chase - any update on this?
{C.init:signoff}
{Q}
> On {D}, {C.full:quote_header} wrote:
> Hello {B.given:greeting},
> my {N.BRAND} order never arrived. {A.Rel}, {A.full:relation}, was in all day and saw no van.
>
> Thanks
> {C.sig:signoff}
> {X.mlq:address_block}
> {C.phone}"""),

# hard-negative frames
("en_neg_brand", "chat", "neg", """Do you still stock {N.BRAND} and {N.BRAND}? Looking for something like the {N.PRODUCT} but cheaper. My size is gone at {N.STORE}."""),
("en_neg_topic", "review", "neg", """Great biography of {N.PUBLIC_FIGURE}, arrived fast. Also picked up a DVD of "{N.TITLE}" and a poster of {N.PUBLIC_FIGURE}. Packaging from {N.CARRIER} was fine."""),
("en_neg_places", "chat", "neg", """{N.GREETING}, do you deliver to {N.CITY} or only to {N.CITY}? My postcode starts with {N.POSTCODE}. I could also pick up near {N.PLACE}."""),
("en_neg_shop", "review", "neg", """Used to buy this at {N.SHOP} before they closed. The {N.WORD} colour is lovely, a bit like the {N.PRODUCT} from {N.BRAND}. Would recommend.
{N.SIGNOFF}"""),
("en_neg_company", "ticket", "neg", """B2B order for {N.COMPANY}, delivery to the {N.COMPANY} site in {N.CITY}. Contact role: {N.JOB_TITLE}. Carrier {N.CARRIER}. No personal data on this ticket."""),
("en_neg_mixed", "email", "neg", """{N.GREETING},

Is the "{N.TITLE}" box set back in stock? Also, the {N.WORD} scarf by {N.BRAND} - does it come in {N.WORD}?

{N.SIGNOFF}"""),
]
