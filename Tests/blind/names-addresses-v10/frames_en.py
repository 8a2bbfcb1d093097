# English sentence frames (hand-written). Tokens are described in gen.py.
GREET = [
 "Hi {P@R.given.greeting},", "Hello {P@R.given.greeting},", "Dear {T@R} {P@R.sur.greeting},", "Dear {P@R.full.greeting},",
 "Hey {P@R.given.greeting}!", "Good morning {P@R.given.greeting},", "Hiya {P@R.given.greeting}", "Dear {P@R.given.greeting} -",
 "{P@R.given.greeting},", "Hi there {P@R.given.greeting},", "Morning {P@R.given.greeting},", "Dear {=TITLE:Sir or Madam},",
]
SIGN = [
 "Best regards,\n{P@W.full.signoff}", "Thanks,\n{P@W.given.signoff}", "Cheers,\n{P@W.given.signoff}", "Kind regards\n{P@W.full.signoff}\n{N:JOB_TITLE}",
 "Many thanks,\n{P@W.init.signoff}", "Regards,\n{P@W.mid.signoff}", "All the best,\n{P@W.given.signoff} ({P@W.sur.signoff})", "-- \n{P@W.full.signoff} | {N:JOB_TITLE}\n{PH}",
 "Warm wishes,\n{P@W.given.signoff}", "Sent from my phone. {P@W.given.signoff}", "Thank you,\n{P@W.sfup.signoff}", "Best,\n{P@W.full.signoff}\n{=COMPANY:Bosch} Home Appliances",
]
PROSE = [
 "{P2.any.subject} packed the first box and it arrived perfectly.", "I spoke to {P2.any.object} on the phone yesterday and {g2:he|she} promised a callback.",
 "Your colleague {P2.given.staff} was really helpful at the counter.", "{P2.given.subject} from the warehouse says the pallet left on {N:WEEKDAY}.",
 "The courier, {P3.full.staff}, left a card but nobody had rung.", "Could you ask {P2.given.object} whether the invoice went out?",
 "{P2.full.subject} and {P3.full.subject} both ordered the same lamp, so please don't merge the parcels.",
 "My flatmate {P2.given.relation} took the parcel in. {P2.rep} signed with {g2:his|her} initials.",
 "Last time {P3.any.staff} sorted it within an hour - can {g3:he|she} take this one too?", "According to {P2.any.object} the refund was approved on {DATE}.",
 "{P2.given.subject} will collect it on my behalf; {g2:he|she} has my order number.", "We already escalated it to {P3.full.object} in billing.",
 "I'm forwarding this to {P2.given.object} because {g2:he|she} handles the Leeds account.", "Our neighbour {P4.any.relation} kindly kept the box for two days.",
 "{P2.sur.subject} from accounts confirmed the payment this morning.", "Thanks to {P3.given.object} for the quick reply!",
 "Please don't call {P2.given.object} again, {g2:he|she} isn't involved in this order.", "{P2.init.subject} signed for the delivery at 14:05.",
 "I think {P2.given.subject} mixed up the labels - {P2.rep} apologised already.", "Both {P2.given.subject} and {P3.given.subject} were CC'd but neither answered.",
 "The technician, {P3.mid.staff}, replaced the hinge but the door still sticks.", "Ask for {P2.given.staff} at the returns desk, {g2:he|she} knows the case.",
 "{P4.full.subject} rang me twice about the missing screws.", "My mum {P2f.given.relation} is 82 so please make sure the driver waits.",
 "I was told by someone called {P3.given.object} that the item is discontinued.", "{P2.given.subject} is on leave until {N:MONTH}, so {P3.given.subject} is covering.",
 "Apparently {P2.any.subject} from the Bristol depot scanned it as delivered.", "Can you send the photos to {P2.given.object} and me?",
 "i met {P3.given.object} at the pickup point and {g3:he|she} said it was fine", "Your agent {P2.full.staff} told me to write back here.",
 "{P2.given.subject}'s parcel arrived but mine didn't.", "{P2.full.subject} (my business partner) should also get the receipts.",
 "I've added {P3.given.object} to this thread so {g3:he|she} can confirm the colour.", "The box was opened - {P2.given.subject} noticed the tape was cut.",
 "Driver {P4.given.staff} was lovely, please pass on my thanks.", "So {P2.rep} says one thing and {P3.rep} another.",
 "Sorry, {P2.given.subject} only just saw your message.", "We had {P3.sur.subject} from IT look at the login issue too.",
]
REL = [
 "The parcel is for my daughter {P2f.full.relation}, please put her name on the label.", "Cardholder: {P2.full.role}", "Account holder: {P2.full.role}",
 "Recipient: {P2.full.role}", "My husband {P2m.given.relation} will be home after 6.", "My wife {P2f.full.relation} placed the order from her account.",
 "The gift is for my nephew {P3m.given.relation}, no invoice inside please.", "Caller verified as {P2.full.role}.", "Please address it c/o {P2.full.role}.",
 "Attn: {P2.full.role}", "FAO {P2.full.role}, Accounts Payable", "My partner {P2.any.relation} has the same surname as me but a different card.",
 "Authorised contact: {P2.full.role}", "Power of attorney is with my son {P3m.full.relation}.", "Emergency contact: {P2.full.role}, {PH}",
 "The order was placed by my assistant {P2.given.relation} on my behalf.", "Beneficiary name: {P2.sfirst.role}", "Name on card: {P2.upper.role}",
 "Buyer: {P2.full.role}", "Please ship to my grandmother, {P2f.full.relation}.", "Guarantor: {P2.full.role}", "Main tenant: {P2.full.role}",
]
DELIV = [
 "Doorbell says {P2.upsur.delivery_note} / {P3.upsur.delivery_note}.", "If nobody answers, leave it with the neighbour at no. 14 ({T2} {P2.sur.delivery_note}).",
 "Ring {P2.sur.delivery_note} on the intercom, the buzzer for my flat is broken.", "Letterbox label reads {P2.full.delivery_note}.",
 "Please leave with {P3.given.delivery_note} in the shop downstairs.", "Safe place: behind the bins, or hand to {P2.full.delivery_note} next door.",
 "Left with neighbour {P2.full.delivery_note} at 12:41.", "Bell 3, name {P2.upper.delivery_note}.", "Knock loud, {P2.given.delivery_note} is hard of hearing.",
 "Neighbour {P2.sur.delivery_note} (flat 2) agreed to take it.", "Door code 4512, then ask for {P3.given.delivery_note}.",
 "Parcel handed to {P2.init.delivery_note} at reception.", "Do not leave with {T2} {P2.sur.delivery_note} at number 9 again please!",
]
ADDR = [
 "My new address is {A1.in}.", "Please send the replacement to {A1.in} instead.", "I live at {A1.st} and the parcel never came.",
 "The invoice still shows my old address ({A2.in}).", "Can you redirect it to my office: {A1.in}?", "Deliver to\n{A1.bl}",
 "I've moved from {A2.in} to {A1.in}, effective {DATE}.", "Shipping address:\n{A1.bl}", "Billing address is still {A2.in}.",
 "I collect at work, {A1.st}, between 9 and 5.", "We're at {A1.in} - the blue door next to the {N:CARRIER} shop.",
 "Address on file: {A1.in}", "Send it to my sister's place, {A1.in}.", "Return address:\n{A1.bl}",
]
NEGS = [
 "The {N:PRODUCT} arrived scratched.", "I ordered the {N:COLOUR} version, not grey.", "Is the {N:BRAND} jacket still in stock?",
 "I bought it at {N:STORE} last {N:WEEKDAY}.", "{N:CARRIER} says it's stuck in the hub.", "We were reading {N:WORK} for book club when the bell rang.",
 "My kids love {N:PUBLIC_FIGURE} and wanted the poster.", "The pickup point is near {N:PLACE}.", "It was sent with {N:CARRIER}, tracking {TRK}.",
 "{=WORD:Will} you refund the shipping too?", "{=WORD:Mark} the box as fragile next time.", "{=WORD:Bill} me for the difference, that's fine.",
 "{=WORD:Grace} period for returns is 30 days, right?", "{=WORD:Hope} this makes sense.", "{=WORD:Frank} answer: this is the third time.",
 "{=WORD:Sandy} beige would have been better than {N:COLOUR}.", "{=WORD:Summer} sale prices should apply.", "{=WORD:Rusty} screws in the kit, see photo.",
 "{=WORD:Chase} the warehouse please.", "{=WORD:Dawn} deliveries are not possible here.", "{=WORD:Sue} you? No, just fix it.",
 "{=WORD:Art} prints were bent in the tube.", "{=WORD:Nick} in the fabric near the seam.", "We're closed in {N:MONTH} for stocktaking.",
 "The update for {N:SOFTWARE} broke the order export.", "Ticket moved to {N:SOFTWARE} by the night shift.", "It's a {N:COMPANY} part, not a generic one.",
 "The {N:JOB_TITLE} will review it on {N:WEEKDAY}.", "Shipping to {CITY} usually takes two days.", "Is {PC} in your delivery zone?",
 "Sold out at {N:STORE} and {N:STORE} as well.", "The {N:COLOUR} {N:BRAND} scarf has a pulled thread.", "Does {N:PRODUCT} come with batteries?",
 "Ask {=PRODUCT:Alexa} to reorder it, ha.", "I read about it in a {N:PUBLIC_FIGURE} interview.", "The {N:SHOP} takes parcels until 7pm.",
]
FILL = [
 "Thanks in advance.", "Let me know if you need anything else.", "This is really frustrating.", "No rush, just keeping you posted.",
 "See the attached photo.", "I've been a customer for years.", "Order placed on {DATE}.", "Tracking: {TRK}", "Ticket {TKT}", "Order {ORD}.",
 "My phone is {PH} if that's easier.", "Total was {AMT}.", "The box was fine, the contents were not.", "Please confirm by email.",
 "Not urgent.", "Happy to wait until next week.", "I'd prefer a refund over a voucher.", "Can you check please?",
]
AGENT = [
 "My name is {P@W.given.staff} and I'll be looking after your case today.", "I've checked with my colleague {P3.given.staff} in the warehouse.",
 "{P3.full.staff} from our returns team will contact you within 48 hours.", "I've passed this on to {P3.given.staff}, our {N:JOB_TITLE}.",
 "Thanks for your patience, {P@R.given.greeting}.", "As {P3.given.staff} mentioned, the refund is on its way.",
 "I'm sorry {P@R.given.object}, that's not the experience we want.", "I've logged a claim with {N:CARRIER} (ref {TKT}).",
 "You'll hear from {P3.any.staff} once the item is inspected.", "I'm handing you over to {P3.given.staff}, who specialises in invoices.",
]
MARKET = [
 "Hi, is the {N:COLOUR} one still available?", "Seller {P@R.given.staff} said it was unworn, but the sole is worn.", "I can pick it up, I'm near {CITY}.",
 "My brother {P2m.given.relation} will collect it on {N:WEEKDAY}.", "Sent via {N:CARRIER}, tracking {TRK}.", "Could you give me your full name for the transfer? Mine is {P@W.full.form_label}.",
 "Payment sent to {P@R.full.role}, please check.", "Can you post it to {A1.in}?", "it was {P2.given.subject} who bought it, not me",
 "Thanks {P@R.given.greeting}, five stars from me.", "Offer: {AMT}, collection only.", "Is the {N:BRAND} label original?",
]
TRANS = [
 "Can I take your full name please?", "It's {P@W.full.role}.", "And the first line of the address?", "{A1.st}, yes.", "Full address is {A1.in}.",
 "Thank you, {T@W} {P@W.sur.title_surname}.", "My wife {P2f.given.relation} ordered it actually.", "I spoke to {P3.given.staff} last week.",
 "Let me just put you on hold.", "Is the parcel in your name or {P2.given.object}'s?", "Okay, I can see the order, {ORD}.",
 "Was it {N:CARRIER} or the other one?", "Right, so {P3.rep} told you it would be {N:WEEKDAY}?", "The best number is {PH}.",
 "Could you spell the surname?", "I'll note that {P2.given.subject} can sign for it.",
]
REVIEW = [
 "Great service, {P3.given.staff} at the till was so patient.", "Avoid. The {N:PRODUCT} broke in a week.", "{P3.given.staff} helped me choose the {N:COLOUR} one.",
 "Delivery by {N:CARRIER} was late but {P3.given.staff} (the driver) phoned ahead.", "Ordered for my dad {P2m.given.relation}, he loves it.",
 "Five stars for {P3.full.staff} in customer care!", "Not as pictured. {N:BRAND} quality has gone down.", "Bought for a {N:WORK} themed party.",
 "Shop near {N:PLACE}, easy parking.", "{P3.any.staff} refunded me without fuss.", "Would buy again.", "Smaller than expected, colour is more {N:COLOUR}.",
]

PROSE += [
 "{P2.sfirst.subject} is listed as the contact on the account, but {P2.rep} left the company in {N:MONTH}.", "We asked {P3.init.object} to re-weigh the parcel.",
 "Yesterday {P2.given.subject} and I unpacked everything; {P2.rep} found the receipt in the lid.", "I got a text from {P4.full.object} saying the van broke down.",
 "Our office manager, {P2.full.staff}, signs for all deliveries.", "Please thank {P3.given.object} in the Glasgow shop for me.",
 "A lady called {P2f.given.subject} answered the phone and hung up.", "{P3.full.subject} reviewed the CCTV and saw the driver leave it at the gate.",
 "Not sure if {P2.given.subject} told you, but we've moved.", "The box had {P2.full.object}'s name on it instead of mine.",
 "{P2.given.subject} and {g2:his|her} brother carried it upstairs, so ask {P2.rep} if anything is missing.", "Your rep {P3.mid.staff} promised free returns.",
 "I'll be away, so {P4.given.subject} from next door will handle it.", "Last month {P2.any.subject} ordered the exact same thing and had no issues.",
]
REL += [
 "Parcel addressed to my stepdaughter {P2f.full.relation}.", "Contact person: {P2.sfup.role}", "Invoice recipient: {P2.full.role}",
 "The account is in my late father's name, {P2m.full.relation}.", "Legal guardian: {P2.full.role}", "Signed for by: {P2.init.role}",
]
DELIV += [
 "Intercom: press 12 and ask for {P2.given.delivery_note}.", "Leave in the letterbox marked {P2.upsur.delivery_note}-{P3.upsur.delivery_note}.",
 "If I'm out, my neighbour {P2.full.delivery_note} at 7a has a key.", "Do not ring {P2.sur.delivery_note}'s bell, baby sleeping.",
 "Collect from {P3.given.delivery_note} at the corner shop after 5.",
]
ADDR += [
 "Deliver to my Packstation please:\n{A1.ps}", "Send it to the post office branch: {A1.pf}", "Ship to the locker: {A1.lk}",
 "Relay point: {A1.pr}", "I'm at {A1.st} most days, it's my studio.", "Old address (do NOT use): {A2.in}",
]
NEGS += [
 "Did {N:PUBLIC_FIGURE} really wear this on TV?", "We drove past {N:PLACE} and the traffic was awful.", "The depot near {N:PLACE} was closed.",
 "Is the {N:PUBLIC_FIGURE} biography back in stock?", "Next delivery slot is in {N:MONTH}.", "The warehouse in {CITY} is slow.",
 "Postcode {PC} keeps getting rejected at checkout.", "Collection from {CITY} on {N:WEEKDAY}.", "The poster of {N:PUBLIC_FIGURE} came creased.",
 "Our store opposite {N:PLACE} has it.", "{=WORD:Will} someone reply today?", "{=WORD:Hope} you can sort this out.",
]
