article-kz-detention-rights =
    .title = If you are detained: your rights
    .summary = If you are detained, you must be told why at once, and torture is banned. You may ask for your consulate, a defender and, if you do not know the language well enough, a free interpreter. Stay calm and do not resist.
    .keywords = arrested, arrest, police arrest, taken by police, reason for arrest, police violence, beaten by police, ill-treatment, defense lawyer, tell my family, detention protocol, rights in custody, police station, picked up by police, handcuffs, police brutality, thana, why am I arrested, not allowed to call
    .unverified = Not confirmed: whom the police must inform of your detention at your request under the current Article 788 part 2 of the Code of Administrative Offences (an earlier code named relatives, the employer or school, and the defender), and how fast; and how long administrative detention may last.
    .body =
        ## Your rights
        - You must be told the **reason** for your detention **at once** (Code of Administrative Offences, Art. 14).
        - **Torture** and degrading treatment are **banned** (Art. 14).
        - The officer must write a **protocol of detention**, with the date, the time to the minute, the place and the reasons, and give you a **copy** (Art. 787 on who may detain, Art. 788 on the procedure).
        - You may have a **defender** (Art. 744).
        - If you do not know the language of the proceedings, or do not know it well enough, you may use your native language and have an **interpreter free of charge** (Art. 744 and 738).
        - You may ask that your **consulate** be told without delay (Vienna Convention on Consular Relations, Art. 36). See [your consulate](article:kz-consular-rights). If you have no citizenship, ask instead that a relative or a lawyer be told.

        Kazakhstan's own rules on telling consulates cover **criminal** detentions. In every case, ask clearly. Whom the police must tell at your request under the current Code is not confirmed: ask anyway, and ask again.

        ## Stay safe
        - Stay calm. **Do not resist**, even if you think the detention is wrong. You can complain later.
        - Ask to see the officer's ID. Remember or write down the name.

        > [!WARNING]
        > Do not pay cash to be let go. Cash gives you no receipt and no record. If someone asks you for money, report it to **1424** as soon as you can.

        ## What to do now
        1. Ask: "Why am I detained?"
        2. Ask to see the officer's ID.
        3. If you are a citizen of another country, say: "I want my consulate to be informed." Show the officer card "Inform my consulate". Ask also that your family or your lawyer be told.
        4. Say that you need a defender, and which language you need. Write both on the protocol.
        5. Read the protocol before you sign it. If you disagree, write that you disagree.
        6. Ask for a copy of every paper, and of the protocol of detention.
        7. Afterwards, write down what happened: names, the place, the times. Complain in writing: see [complaining to the prosecutor's office](article:kz-prosecutor-complaint).

        See also [administrative detention](article:kz-administrative-detention), your rights when [a protocol is drawn up](article:kz-protocol-rights) and [legal aid](article:kz-legal-aid).
