# English sentence pools. Cue letters: s subject, o object, r relation, l role, d delivery_note, t staff, k form_label
PROSE = [
 "{P1} called again about the refund.", "I spoke to {P1:o} this morning and she said it was fine.", "{P1} from {N:TEAM} says the invoice is wrong.",
 "Can you ask {P1:o} if the pallet went out?", "{P1} and {P2} both ordered the same lamp.", "we gave {P1:o} a voucher for the trouble.",
 "apparently {P1} never received the second box.", "{P1} is off sick so {P2} will cover.", "Please forward this to {P1:o}.",
 "My colleague {P1.given:t} has already checked the stock.", "{P1} dropped the parcel off at the counter yesterday.", "She told {P1:o} the wrong date.",
 "Thanks to {P1:o} for sorting this so quickly!", "{P1} promised a callback but nobody rang.", "I've cc'd {P1:o}, who handles returns.",
 "{T1} was very patient on the phone.", "{P1} wants the receipt in her own name.", "we met {P1:o} at the pop-up in {CITY}.",
 "{P1} signed for it, not me.", "The courier handed it to {P1:o} next door.", "{P1} will bring the samples on {N:WEEKDAY}.",
 "I think {P1} mixed up the two orders.", "{P1} (warehouse) confirmed the scan at 14:02.", "ask {P1.given:o} — she knows the supplier.",
 "Last week {P1} returned the {N:BRAND} jacket.", "{P1} keeps emailing the wrong address.", "{P1} and I are sharing the delivery.",
 "Has anyone seen {P1.given:o} today?", "We owe {T1} a refund of £24.90.", "{P1} has been a customer since 2014.",
 "Nobody told {P1:o} the shop was closed.", "{P1} paid with {N:PAYMENT}, {P2} paid cash.", "Reminder: {P1} starts on the till on {N:WEEKDAY}.",
 "Honestly {P1} was brilliant, please pass it on.", "According to {P1:o} the box was already open.", "{P1} says hi btw",
 "The form was filled in by {P1:o}, not the account owner.", "{T1} asked us to stop sending the catalogue.", "{P1} trained {P2:o} on the new scanner.",
 "We sent {P1:o} two replacements already.", "{P1} messaged me about the {N:PRODUCT}.", "Then {P1} said she'd ring back after lunch.",
]
REL = [
 "my wife {P1:r} will pick it up", "My husband, {P1:r}, placed the order.", "the gift is for my grandmother {P1:r}", "our son {P1.given:r} is allergic to nuts",
 "cardholder: {P1:l}", "Account holder: {P1:l}", "Recipient: {P1:l}", "Please deliver FAO {P1:l}.", "c/o {P1:l}", "Caller verified as {P1:l}.",
 "my flatmate {P1:r} signed for it", "it's my brother-in-law {P1:r}'s account", "Authorised collector: {P1:l}", "my partner {P1.given:r} has the receipt",
 "the order was placed by my daughter {P1:r}", "Attn: {P1:l}", "Named driver: {P1:l}", "My neighbour {P1:r} can take it in.",
 "our nanny {P1.given:r} will be home after 3", "emergency contact: {P1:l}", "Primary contact: {P1:l}, {N:JOB_TITLE}",
 "my mum ({P1:r}) paid for it", "Booked by {P1:l} on behalf of {P2:l}.", "guest name: {P1:l}",
]
DELIV = [
 "doorbell says {P1.sur:d}", "Leave with neighbour {P1:d} at no. 14.", "Letterbox: {P1.sur:d} / {P2.sur:d}", "ring {P1.sur:d}, top bell",
 "if out, leave with {P1:d} in the flat below", "Intercom: {P1.sur:d}", "safe place: shed. Or give to {P1.given:d}.", "name on the buzzer is {P1.sur:d}",
 "deliver to the back door, ask for {P1.given:d}", "Left with {P1:d} (neighbour) at 11:40.", "card through door for {P1:d}", "door code 4471, flat of {P1:d}",
]
ADDR = [
 "Please ship to {A} instead.", "My new address is {A}.", "the parcel should go to {A}", "Could you change the delivery address to {A}?",
 "It was delivered to {A} by mistake.", "we've moved to {A} since March", "send the invoice to {A} please", "Return address: {A}",
 "I live at {AS} — first floor.", "First line of the address? {AS}.", "She works at {AS}, reception will sign.",
]
NEG = [
 "[[WORD:Will]] the {N:BRAND} hoodie be restocked?", "[[WORD:Mark]] the box as fragile please.", "[[WORD:Grace]] period ends in [[MONTH:June]].", "[[WORD:Bill]] me later, I'm using {N:PAYMENT}.",
 "We loved reading {N:WORK} in book club.", "The {N:PRODUCT} arrived with a cracked base.", "Is the {N:COLOUR} version in stock?", "Got it from {N:STORE} in the end.",
 "The poster of {N:PUBLIC_FIGURE} was creased.", "Sent via {N:CARRIER}, tracking shows delay.", "Meet me at {N:PLACE}?", "The {N:COMPANY} dishwasher is still leaking.",
 "Postcode {PC} is outside our zone.", "We deliver to {CITY} on {N:WEEKDAY}s.", "Ticket moved to {N:SOFTWARE} by {N:TEAM}.", "Our {N:JOB_TITLE} will review it.",
 "Lunch order from {N:SHOP} again lol", "[[WORD:Frank]]ly the packaging was excessive.", "[[WORD:Rob]]ust box, nothing broken.", "[[WORD:Art]] prints ship flat.",
 "Colour: {N:COLOUR}, size M", "paid by {N:PAYMENT} on the {N:MONTH} sale", "the {N:BRAND} belt is a gift", "{N:WORK} boxset — sealed",
 "[[WORD:May]] I change the size?", "[[WORD:Sue]]de shoes need the spray.", "Dear [[TITLE:Sir or Madam]],", "[[WORD:Ray]]on blend shirt shrank.",
]
CHAT = [
 "ok", "omg yes", "lol", "on my way", "can someone grab the keys", "who's got the van today?", "👍", "running 10 min late sorry", "parcel's here!!",
 "did {P1.given} reply?", "tell {P1.given:o} thx", "{P1.given} is picking up the cake", "i'll ask {P1.given:o}", "is {P1.given} coming sat?",
 "{P1.given} sent the address: {A}", "pls send me ur address", "mine is {A}", "it says delivered to {P1:o} ??", "bday card for {P1.given:o} signed by all x",
 "{N:CARRIER} again... never on time", "anyone been to {N:SHOP}?", "got the {N:COLOUR} one in the end", "we're at {N:PLACE} now", "{P1.given} u there?",
 "meeting moved to {N:WEEKDAY}", "haha {P1.given} 😂", "{P1} left the group", "can u ring {P1.sur:d} doorbell, I'm in the shower",
]
FILL = ["Thanks in advance.", "Cheers.", "Let me know.", "Kind regards", "Sorry for the hassle.", "Many thanks!", "No rush.", "Appreciate it."]
GREET = ["Hi {P1.given:g},", "Hello {P1:g},", "{TG1},", "Hey {P1.given:g}!", "Dear {P1:g},", "Morning {P1.given:g},", "Hi there {P1.given:g},"]
SIGN = ["Best,\n{P1:f}", "Thanks,\n{P1.given:f}", "Kind regards,\n{P1:f}", "Cheers, {P1.given:f}", "Regards\n{P1:f}\n{N:JOB_TITLE}", "— {P1:f}", "Many thanks\n{P1.init:f}"]
PROSE += [
 "{T1} collected the sofa cover on {N:WEEKDAY}.", "Dr {P1.sur:ts} needs the prescription glasses by Friday.", "{P1.given} rang twice and then emailed {P2:o}.", "We'll refund {T1} once the return is scanned.",
 "{P1} thinks the courier lied about the attempt.", "I asked {T1} for a photo of the damage.", "{P1} unpacked it and found the {N:COLOUR} one instead.", "Could {P1.given} ring {P2.given:o} back before 5?",
 "{P1} booked the fitting but {P2} turned up.", "The driver, {P1.given}, says he knocked.", "{P1} emailed the photos to {N:TEAM}.", "Tell {P1:o} the {N:PRODUCT} is back in stock.",
 "{P1} will sign the quote once {P2} approves it.", "Yesterday {P1} complained about {N:CARRIER} again.", "Mr {P1.sur:ts} won't accept a credit note.", "{P1} prefers WhatsApp over email.",
 "{P1.given} and her sister {P2.given:r} share the loyalty card.", "Can we invite {P1:o} to the launch?", "{P1} lent me the ladder, so be nice.", "Please don't charge {T1} for the second delivery.",
 "{P1} has moved out; forward her post to {P2:o}.", "Our rep {P1.given:t} visits the store on {N:WEEKDAY}s.", "The parcel for {P1:o} is still at the depot.", "Ask Ms {P1.sur:ts} whether she wants the {N:COLOUR} or the black.",
]
REL += ["my father-in-law {P1:r} is the one who paid", "Invoice addressee: {P1:l}", "the card belongs to my aunt {P1:r}", "Member name: {P1:l}", "Delivery contact on site: {P1:l}", "my carer {P1.given:r} has a key", "Payer: {P1:l}", "Passenger name: {P1:l}"]
DELIV += ["neighbour {P1.given:d} (no. 9) has agreed to take parcels", "bell 3 – {P1.sur:d}", "post through letterbox marked {P1.sur:d}", "give it to {P1:d} at reception", "if no answer try {P1.sur:d} upstairs", "Ring {P1.sur:d}/{P2.sur:d}, 2nd floor"]
ADDR += ["Deliver to {A}, side entrance.", "Her address is {A}, I think.", "Old address (please delete): {A}", "Collection from {A} any time after 10.", "Billing: {A} — shipping the same.", "He's at {AS} most days."]
NEG += ["The {N:BRAND} bag in {N:COLOUR} is gorgeous.", "Our {N:TEAM} is closed on {N:WEEKDAY}.", "Is {N:PAYMENT} accepted at {N:STORE}?", "Documentary about {N:PUBLIC_FIGURE} was great.", "Taxi to {N:PLACE}, then the train.",
        "[[WORD:Hazel]]nut spread sold out again.", "[[WORD:Rose]] gold or silver?", "[[WORD:Jack]] up the car before changing the tyre.", "[[WORD:June]] delivery slots are full.", "The {N:JOB_TITLE} signed off the {N:PRODUCT} order.",
        "We sync orders from {N:SOFTWARE} every night.", "[[WORD:Summer]] sale starts in {N:MONTH}.", "{N:COMPANY} recalled the kettle.", "Signed copy of {N:WORK}, first edition."]
CHAT += ["^^SENT IT TO {P1.given:o} ALREADY", "{P1.given} can u check", "pick up from {A} at 6?", "who is {P1.given} lol", "dr {P1.sur:ts} said it's fine", "@{P1.given} thx for the lift", "mrs {P1.sur:ts} from no. 12 has our parcel"]
