article-kz-detention-rights =
    .title = If you are detained: your rights
    .summary = If you are detained, you must be told why at once, and torture is banned. You may ask for your consulate, a defender and a free interpreter. Stay calm and do not resist.
    .body =
        ## Your rights
        - You must be told the **reason** for your detention **at once** (Code of Administrative Offences, Art. 14).
        - **Torture** and degrading treatment are **banned** (Art. 14).
        - You may have a **defender** (Art. 744).
        - You may use your native language and have an **interpreter free of charge** (Art. 744).
        - You may ask that your **consulate** be told without delay (Vienna Convention on Consular Relations, Art. 36). See [your consulate](article:kz-consular-rights).

        Kazakhstan's own rules on telling consulates cover **criminal** detentions. In every case, ask clearly for your consulate.

        ## Stay safe
        - Stay calm. **Do not resist**, even if you think the detention is wrong. You can complain later.
        - Ask to see the officer's ID. Remember or write down the name.

        > [!WARNING]
        > Do not pay cash to be let go. Cash gives you no receipt and no record. If someone asks you for money, report it to **1424** as soon as you can.

        ## What to do now
        1. Ask: "Why am I detained?"
        2. Ask to see the officer's ID.
        3. Say: "I want my consulate to be informed." Show the officer card "Inform my consulate".
        4. Say that you need a defender, and which language you need. Write both on the protocol.
        5. Read the protocol before you sign it. If you disagree, write that you disagree.
        6. Ask for a copy of every paper.
        7. Afterwards, write down what happened: names, the place, the times. Complain in writing: see [complaining to the prosecutor's office](article:kz-prosecutor-complaint).

        See also [your rights when a protocol is drawn up](article:kz-protocol-rights) and [legal aid](article:kz-legal-aid).
