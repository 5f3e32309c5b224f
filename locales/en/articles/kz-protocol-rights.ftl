article-kz-protocol-rights =
    .title = Your rights when a protocol is drawn up
    .summary = When an official writes a protocol about an administrative offence, you may read it, object to it and have a defender. If you do not know the language of the proceedings well enough, you may use your own language with a free interpreter.
    .keywords = police report, citation, ticket, violation report, offense report, charge sheet, sign protocol, refuse to sign, objection, administrative offense, KoAP, defense lawyer, case file, challan, forced to sign, signed without reading, I disagree, penalty notice, offence record
    .body =
        ## What a protocol is
        A protocol on an administrative offence is the official record of what you are accused of, for example a problem with your stay or registration. The case can end with a warning, a fine, administrative arrest or expulsion. So the protocol matters.

        ## Your rights
        The Code of Administrative Offences (KoAP), Art. 744, gives you the right to:

        - read the protocol and the case file, and make copies;
        - give your explanations and object to the protocol;
        - present evidence and make petitions (formal requests);
        - have a defender (a lawyer);
        - if you do not know the language of the proceedings, or do not know it well enough, use your native language and have an interpreter **free of charge** (Art. 744 and 738);
        - complain about the protocol, the measures taken, a payment order or the decision.

        If you are detained, you must be told the reason at once. Torture and degrading treatment are banned (KoAP Art. 14).

        ## What to do now
        1. Stay calm. Read the protocol before you sign it.
        2. If you do not understand the language, say so and ask for an interpreter.
        3. Write on the protocol, in your own words, that you disagree (if you do).
        4. Write that you need a lawyer.
        5. Write which language you need, for example: "I need an interpreter into Uzbek."
        6. Ask for a copy of the protocol. Keep every paper you receive.

        > [!NOTE]
        > If you need an interpreter because you do not know the language well enough, the interpreter is free. You do not have to pay for one.

        > [!WARNING]
        > If you get a fine, the time to appeal is short. Read [how to appeal a fine](article:kz-appeal-fine) at once.

        See also [police checks](article:kz-police-checks) and [paying fines](article:kz-paying-fines).
