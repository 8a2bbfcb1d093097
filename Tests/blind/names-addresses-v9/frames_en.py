# English sentence frames. Tokens: {P<i>:<shape>:<cue>} person, {T<i>} title, {G<i>:m|f} gender text,
# {A<i>:<mode>:<cue>} address, {N:TYPE} negative, {NL:TYPE:text} literal negative, {C:a|b} choice,
# {E<i>} e-mail of person i, {PH} phone, {ON} order number, {D} date, {TM} time, {W} sentence-start WORD line.
GREET = [
    "Hi {P1:g:gr},", "Hello {P1:g:gr},", "Dear {T1} {P1:s:ts},", "Dear {P1:f:gr},", "Hey {P1:g:gr}!", "Morning {P1:g:gr},",
    "Good afternoon {P1:f:gr},", "Hiya {P1:g:gr} -", "{P1:g:gr},", "Dear {P1:mid:gr},", "Hi {P1:g:gr} and team,", "Hello {T1} {P1:s:ts},",
    "Evening {P1:g:gr},", "Dear {P1:sf:gr}", "Hi again {P1:g:gr},", "To {P1:f:gr}:", "Yo {P1:lg:gr}",
]
SIGN = [
    "Best,\n{P0:sig:si}", "Kind regards,\n{P0:f:si}", "Thanks,\n{P0:g:si}", "Cheers, {P0:g:si}", "Many thanks\n{P0:sig:si}\n{PH}",
    "Regards,\n{P0:i:si}", "-- {P0:f:si}", "All the best,\n{P0:f:si}\n{N:JOB_TITLE}", "Speak soon,\n{P0:g:si} x", "Warmly,\n{P0:mid:si}",
    "Sent from my phone, sorry for typos. {P0:g:si}", "Yours sincerely,\n\n{P0:f:si}", "ta, {P0:lg:si}", "Thank you!\n{P0:f:si} ({E0})",
    "Best wishes,\n{P0:sig:si}\n{N:JOB_TITLE}, {N:STORE}",
]
TP = [
    "{P2:g:su} packed it, I think, because {G2:his|her} initials are on the slip.",
    "Ask {P2:g:ob} at the front desk, {G2:he|she} knows about the return.",
    "{P2:name:su} said the replacement would go out on {N:WEEKDAY}.",
    "I spoke to {P2:name:ob} yesterday and {G2:he|she} promised a call back.",
    "My colleague {P2:f:re} already filled in the claim form.",
    "The courier, {P2:g:tp}, left it behind the bins again.",
    "{P2:f:su} from your warehouse rang me at {TM}.",
    "A friend who ordered the same thing, {P2:f:tp}, had exactly this problem.",
    "{P2:g:su} and {P3:g:su} both tried to log in from the shared account.",
    "Please forward this to {P2:name:ob}, {G2:he|she} handles our invoices.",
    "Last time {P2:g:su} sorted it out in five minutes.",
    "The reviewer {P2:f:tp} wrote that the hinge snaps, and {G2:he|she} was right.",
    "When I called, {P2:g:su} put me on hold for forty minutes.",
    "I've cc'd {P2:f:ob}, who signs off anything over £500.",
    "{P2:g:su} told me to keep the packaging, so I did.",
    "Could {P2:name:su} confirm the new date?",
    "We went with the quote {P2:g:tp} sent over in {N:MONTH}.",
    "{P2:f:su} is off sick, so {P3:f:su} is covering {G2:his|her} tickets this week.",
    "Thanks to {P2:g:ob} for chasing this.",
    "My flatmate {P2:g:re} signed for it, not me.",
    "I handed the old unit to {P2:name:ob} at the counter.",
    "The engineer, {P2:name:tp}, said the fuse was fine.",
    "{P2:g:su} at reception will let your driver in.",
    "Apparently {P2:f:su} approved the refund, but nothing has arrived.",
    "Honestly {P2:g:su} was the only helpful person I dealt with.",
    "Someone called {P2:f:tp} keeps getting my post.",
    "I'm writing on behalf of {P2:f:ob}, who doesn't use e-mail.",
    "{P2:init:su} from accounts needs the PO number.",
    "The assembly guy, {P2:g:tp}, forgot two screws.",
    "Tell {P2:g:ob} the spare key is under the pot.",
    "{P2:g:su} reckons it's a manufacturing fault.",
    "Our neighbour {P2:f:re} saw the van drive off without knocking.",
    "We've been customers since {P2:g:su} ran the old shop.",
    "I was served by {P2:name:ob} on {N:WEEKDAY} morning.",
    "The tutor, {P2:mid:tp}, needs the books before term.",
    "{P2:f:su} and I share the account, so either of us can sign.",
    "Did {P2:g:su} ever send you the photos?",
    "{P2:g:su}'s order came in two boxes, mine in one.",
    "I think {P2:name:su} mixed up our two parcels.",
    "If {P2:g:su} phones, tell {G2:him|her} it's resolved.",
    "Invite {P2:f:ob} and {P3:f:ob} to the walkthrough.",
    "My manager {P2:f:re} wants a written answer.",
    "{P2:g:su} from the {N:STORE} branch said you'd price-match.",
    "Big thanks to {P2:f:ob} in returns.",
    "It was {P2:g:su} who opened the box, not the courier.",
    "The delivery was signed by '{P2:s:tp}', no idea who that is.",
    "Your colleague {P2:g:re} promised me a voucher.",
    "{P2:f:su} from the housing office will be there to let you in.",
    "I met {P2:g:ob} at the pop-up and {G2:he|she} recommended this model.",
    "Can {P2:g:su} or {P3:g:su} pick it up instead of me?",
]
REP = [
    "{P2:ref:rm} was really apologetic about it.", "I trust {P2:ref:rm}, to be fair.", "{P2:ref:rm} has my number.",
    "Again, {P2:ref:rm} knows the whole story.", "No word from {P2:ref:rm} since.", "{P2:ref:rm} even sent a photo.",
    "I'll ask {P2:ref:rm} tonight.", "Please don't send it to {P2:ref:rm} again.", "That's what {P2:ref:rm} told me, anyway.",
    "{P2:ref:rm} will be home after six.", "Ring {P2:ref:rm} if you're lost.", "{P2:ref:rm} can confirm.",
    "According to {P2:ref:rm}, it's the third time.", "Thank {P2:ref:rm} for me.", "I gave {P2:ref:rm} the receipt.",
]
REL = [
    "My {G2:husband|wife} {P2:f:re} will sign for it.", "{GF2}My sister-in-law {P2:g:re} lives there now.",
    "{GM2}It's a gift for my grandson {P2:g:re}.", "{GF2}My mum, {P2:f:re}, placed the order on my card.",
    "{GM2}Our son {P2:g:re} is the one who uses the account.", "My partner {P2:g:re} might answer the door.",
    "My landlord, {P2:f:re}, has a spare key.", "{GM2}My uncle {P2:name:re} is picking it up.",
    "{GF2}It's for my daughter {P2:g:re}'s birthday.", "My carer {P2:f:re} reads my e-mails to me.",
    "Send the invoice to my accountant, {P2:f:re}.", "{GM2}My brother {P2:f:re} moved out, please take him off.",
    "Our lodger {P2:g:re} ordered it, not us.", "My cousin {P2:f:re} recommended you.",
]
ROLE = [
    "Cardholder: {P2:form:fl}", "The account holder is {P2:f:ro}.", "Recipient: {P2:form:fl}", "Account holder name: {P2:form:fl}",
    "Caller verified as {P2:f:ro} (DOB and postcode).", "Named driver on the policy: {P2:f:ro}.", "For the attention of {P2:f:ro}",
    "c/o {P2:f:ro}", "Attn: {P2:form:ro}", "Signed for by: {P2:upsur:ro}", "Authorised contact: {P2:f:ro}",
    "Payer: {P2:form:fl}", "Bill to: {P2:form:fl}", "Guarantor: {P2:f:ro}", "The order was placed by {P2:f:ro} as a guest.",
    "Collected by {P2:f:ro} with photo ID.", "Legal guardian: {P2:form:fl}", "Policyholder {P2:f:ro} confirmed the claim.",
]
ADDR = [
    "Please send it to {A1:line:prose} instead.", "My new address is {A1:line:prose}.", "We've moved - it's {A1:line:prose} now.",
    "Can you deliver to my work? {A1:line:prose}.", "It went to my old flat at {A1:line:prose}, which I left in {N:MONTH}.",
    "Ship to:\n{P2:form:ab}\n{A1:ml:block}", "Delivery address:\n{A1:ml:block}", "I'm at {A1:line:prose} until Friday.",
    "The invoice still shows {A1:line:prose}.", "Return label should say {A1:line:prose}, not the {N:CITY} depot.",
    "Office: {A1:line:label}", "Billing address: {A1:line:label}", "I live at {A1:street:prose}, the blue door.",
    "Leave it at {A1:street:prose} with the caretaker.", "Address for the refund cheque: {A1:line:label}",
    "Correct address:\n{A1:ml:block}", "please use {A1:line:prose} from now on", "Collection point: {A1:line:label}",
    "Our holiday rental is {A1:line:prose}, can it go there?", "Venue: {A1:line:label}",
]
DEL = [
    "Doorbell says {P2:s:dn}, not my name.", "If nobody answers, try the neighbour, {P2:f:dn}, at number 4.",
    "Letterbox is labelled {P2:ups:dn} / {P3:ups:dn}.", "Ring {P2:s:dn} on the intercom.", "Leave with {P2:g:dn} next door.",
    "Neighbour {P2:f:dn} has agreed to take it in.", "Buzzer: {P2:s:dn} (3rd floor).", "Ask for {P2:g:dn} at the garage behind the house.",
    "Safe place: porch. Otherwise {P2:f:dn}, flat 2.", "The name on the bell is {P2:ups:dn}.", "Hand to {P2:f:dn} at the concierge desk.",
    "Do NOT leave with {P2:s:dn} at 12, they never pass things on.",
]
AUX = [
    "My order number is {ON}.", "Order {ON} - still nothing.", "You can reach me on {PH}.", "Call {PH} after 5pm.",
    "Reply to {E0} please, not the old address.", "Ref: {ON}", "Mobile: {PH}", "The tracking page for {ON} just says 'in transit'.",
    "Text me on {PH} when you're close.", "Email: {E0}",
]
FILL = [
    "It's been nearly three weeks.", "The box was soaked through.", "Nothing in the app either.", "I'd rather not wait another week.",
    "Is there a cheaper delivery option?", "The colour is fine, the size isn't.", "Thanks in advance.", "Sorry for the long message.",
    "Please advise.", "I attached two photos.", "Nobody knocked, I was in all day.", "I'd like a full refund, not a voucher.",
    "This is my second email about it.", "Happy to send it back if you cover postage.", "The seal was already broken.",
    "Could you confirm by email?", "Not urgent, just annoying.", "Let me know what you need from me.",
]
NEGS = [
    "The {N:BRAND} jacket is a size too small.", "I bought the {N:PRODUCT} at {N:STORE} last week.", "Is the {N:COLOUR} version back in stock?",
    "We're reading {N:TITLE} in book club.", "The {N:PUBLIC_FIGURE} poster arrived creased.", "{N:CARRIER} tried to deliver on {N:WEEKDAY}.",
    "I was in {N:CITY} that day.", "Is {N:POSTCODE} inside your delivery area?", "Our {N:JOB_TITLE} approved the return.",
    "It came via {N:CARRIER}, not {N:CARRIER}.", "Lunch from {N:SHOP} was great, the parcel wasn't.", "They're owned by {N:COMPANY} now, right?",
    "The {N:PRODUCT} arrived with a dent.", "The {N:BRAND} perfume leaked into the box.", "Meet me at {N:PLACE}.",
    "I'd love the {N:PUBLIC_FIGURE} biography in hardback.", "{N:MONTH} is too late for us.", "Delivery slot: {N:WEEKDAY} 8-12.",
    "The {N:COLOUR} throw looks grey in daylight.", "The DVD of {N:TITLE} skips in chapter 4.", "I asked the {N:JOB_TITLE} twice.",
    "{N:STORE} had it cheaper.", "It's the {N:BRAND} one with the gold zip.", "The {N:PUBLIC_FIGURE} box set is missing disc two.",
    "{N:WEEKDAY} works, any time after lunch.", "Your {N:CARRIER} driver was lovely.", "Not {N:CITY} in the US, the one in Australia.",
    "The lamp is from {N:SHOP}, the shelf from {N:STORE}.", "A {N:COMPANY} rep called about the warranty.",
    "Do you stock {N:BRAND} in kids' sizes?", "The {N:PRODUCT} came without instructions.", "The colour is listed as '{N:COLOUR}'.",
    "{W}", "{W}", "{W}",
]
NEGMSG = [  # whole messages with negatives only
    "Hi,\n\nIs the {N:BRAND} coat coming back in {N:COLOUR}? {N:STORE} says it's discontinued.\n\nThanks",
    "{W} Also, does {N:CARRIER} deliver on {N:WEEKDAY}s to {N:POSTCODE}?",
    "Review: bought the {N:PRODUCT} for my desk. Sturdy, easy to build, 4/5. The {N:PUBLIC_FIGURE} mug I got with it is cute too.",
    "Book club pick for {N:MONTH}: {N:TITLE}. Copies at {N:STORE} or {N:SHOP}.",
    "Question about {N:CITY}: do you ship there with {N:CARRIER} or {N:CARRIER}?",
    "FYI the {N:JOB_TITLE} at {N:STORE} said {N:BRAND} returns go through {N:COMPANY}.",
    "{W} The {N:COLOUR} cushion covers from {N:SHOP} are lovely, but the {N:PRODUCT} was scratched.",
    "Meet at {N:PLACE} on {N:WEEKDAY}? Bring the {N:TITLE} DVD.",
]

NEGS += [
    "We named the dog after {N:PUBLIC_FIGURE}, long story.", "The {N:PUBLIC_FIGURE} calendar has the wrong year printed.",
    "Is there a pickup point near {N:PLACE}?", "The driver got lost near {N:PLACE}.", "I'm moving to {N:CITY} in {N:MONTH}.",
    "Postcode {N:POSTCODE} keeps getting rejected at checkout.", "Does {N:POSTCODE} count as a remote area?", "{N:SHOP} sold me the last one.",
    "The {N:COMPANY} logo on the box was upside down.", "My kid wants the {N:TITLE} book, not the film.", "{W}", "{W}",
    "It's a tribute mug - {N:PUBLIC_FIGURE} on one side, {N:PUBLIC_FIGURE} on the other.", "Our office is opposite {N:PLACE}.",
    "Shipping to {N:CITY} took ages.", "{N:SHOP} and {N:SHOP} both stock it.", "Ordered through {N:COMPANY}'s staff shop.",
]
PS = ["P.S. {W}", "PS: {N:PUBLIC_FIGURE} fans will love the mug.", "P.S. the {N:COLOUR} one, not the black.", "PS - I'm near {N:PLACE} most days.",
      "P.S. {N:CARRIER} never rings.", "P.S. Is {N:POSTCODE} in your zone?", "PS {N:MONTH} is busy for me.", "P.S. saw your stand at {N:PLACE}!"]

ADDR += ["We're the ground-floor flat at {A1:street:prose}, side gate.", "Grandma lives at {A1:street:prose} now, please post it there.", "Drop it round to {A1:street:prose} - that's my studio."]
