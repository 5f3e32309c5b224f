article-kz-residence-cancellation =
    .title = Threats to cancel your permanent residence
    .summary = The Migration Law lists the grounds on which a permit for permanent residence can be cancelled. The police migration service adds more than 183 days abroad in a calendar year. A threat is not a decision: ask for it in writing. Object to a preliminary decision at once (you may have only 2 working days), and challenge a written decision within 3 months.
    .keywords = revoked, revocation, lose residency, PMZh cancelled, residence revoked, living abroad, long trip abroad, too long abroad, PR revoked, objection, threatened by official, cancellation, cancel permit, permit taken away, too long out of country, months abroad, threatened to cancel, half a year abroad
    .unverified = Not confirmed: the full current list of grounds in Art. 49 of the Migration Law; whether repeated administrative offences or false documents can cancel a permit already issued; how a cancellation is decided and announced in practice; whether the hearing with only 2 working days to object applies to a cancellation. What you must do after a cancellation is not confirmed.
    .body =
        ## The shortest deadline first
        - **2 working days.** Before a state body takes a decision against you, it must tell you its preliminary decision at least 3 working days in advance. You may object within **2 working days** of receiving it (Administrative Procedural Code, Art. 73). It is not confirmed that this applies to a cancellation, so object in writing at once.
        - **3 months.** You can complain about a written decision within **3 months** of learning about it (Art. 92). You hand the complaint in to the office that decided, and the higher body decides it (Art. 91).
        - **1 month.** After the answer to your complaint, you can go to court within **1 month** (Art. 136).

        ## Grounds in the law
        Under Art. 49 of the Migration Law, a permit for permanent residence is refused, or **cancelled**, for an immigrant who:
        - came to Kazakhstan illegally, or is prosecuted for a crime in the home country;
        - was released from prison and lived outside Kazakhstan before the conviction;
        - committed crimes against humanity;
        - did not prove that they can support themselves, as the Government requires (with exceptions, for example for ethnic Kazakhs).

        The list also names other cases, such as some diseases and an earlier loss of Kazakh citizenship. We could not read the full current list.

        The police migration service says a residence permit is also cancelled after **more than 183 days outside Kazakhstan in a calendar year**. All trips from 1 January to 31 December are added up.

        Police say applications are often **refused** for false or incomplete information, or for administrative offences in the last year.

        ## A threat is not a decision
        A decision of a state body is normally made in writing, and an oral decision must also be put in writing (Art. 78). If an official says your residence will be cancelled:
        - ask which law and which ground, and ask for the decision in writing;
        - write down the official's name, the office, the date and what was said;
        - never pay money to "solve" it. Call **1424**: see [bribes and the 1424 line](article:kz-bribes-1424).

        ## How to challenge a decision
        Hand your complaint to the office that decided. It must send it to the higher body within 3 working days. A missed deadline can be restored for a good reason, such as illness. You have the same procedural rights as a citizen. See [filing a written appeal](article:kz-written-appeal) and [the prosecutor's office](article:kz-prosecutor-complaint).

        ## What to do now
        1. Keep proof of your days in Kazakhstan: passport stamps, tickets, your address registration.
        2. Count your days abroad this year.
        3. Keep every receipt for fines and fees: see [proof of payment](article:kz-proof-of-payment).
        4. If you get a paper, write down the day you received it.
        5. Ask for help early: see [legal aid](article:kz-legal-aid).
