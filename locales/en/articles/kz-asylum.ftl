article-kz-asylum =
    .title = Asking for asylum: apply within 1 to 5 days
    .summary = If you fear persecution in your country, you can ask Kazakhstan for refugee status. Apply in writing within 1 day if you crossed the border irregularly, and otherwise within 5 calendar days of arrival. You get an asylum-seeker certificate.
    .keywords = political asylum, apply for asylum, asylum application, refugee application, fled war, afraid to go back, sent back home, non-refoulement, asylum certificate, fingerprints, employment department, UNHCR, asylum refused, asylum interview, asylum, seek refuge, refugee card, ran from my country, Taliban, religious persecution
    .unverified = Not confirmed: which office receives applications in every region today (the task moved from the migration police to the local employment departments in 2022); the deadline and the court for appealing a refusal; which article of Kazakh law forbids sending back a person whose claim is pending; what happens if you apply after the deadline.
    .body =
        ## Who is a refugee
        A refugee is a person who is outside their country and cannot or will not go back because of a well-founded fear of persecution for their race, nationality, religion, citizenship, social group or political opinion (Law "On Refugees" of 4 December 2009, No. 216-IV, Art. 1).

        ## Apply quickly: the deadlines
        - **1 day**: if you crossed the border irregularly, apply within one day (UNHCR).
        - At an official border crossing, give a written application to the Border Service (UNHCR).
        - **5 calendar days**: otherwise, apply within 5 days of your arrival, or of the day you learned of the danger (gov.kz).

        Apply **in writing**, in person or through a representative, at the local department of employment and social programmes of your region or city. Until 2022 this was done by the migration police.

        The application is in Kazakh or Russian. If you cannot write it, an interpreter writes it from your words (2022 rules, as reported).

        ## What you receive
        - On the day your application is registered: an **asylum-seeker certificate**. It shows that your stay is legal while your case is examined. It is valid for **3 months**; if the case takes longer, you get a new one.
        - Within **3 calendar days** of getting it, you must give your fingerprints.
        - At the interview, tell the truth and bring all your documents.

        ## How long it takes
        The decision is due within **3 months** of registration. If more checks are needed, it can take up to **1 year** (Law "On Refugees", Art. 11).

        ## Protection from being sent back
        Kazakhstan has joined the Refugee Convention. UNHCR says that a refugee **or asylum seeker** must not be sent back to a country where their life or freedom is in danger, and that this rule comes before extradition agreements. UNHCR has criticised Kazakhstan for sending back an asylum seeker.

        ## If you are refused
        Courts hear asylum cases. The deadline to challenge a refusal is not confirmed, and it may be short: act at once. Few people get refugee status: in 2024, 383 applications were filed and 11 people got the status (Ministry of Labour, reported by KIBHR). Get legal help early.

        ## UNHCR and help
        UNHCR, the UN Refugee Agency, explains the procedure on [help.unhcr.org](https://help.unhcr.org/centralasia/kazakhstan-2/information-for-asylum-seekers-and-refugees-in-kazakhstan). See also [refugees and UNHCR](article:intl-refugees). If you have no citizenship of any country, ask Sana Sezim for legal help.

        ## What to do now
        1. Do not wait. Write your application today.
        2. Ask for an interpreter if you need one.
        3. Keep the certificate with you. Save a photo in the app's vault and note its end date.
        4. Give your fingerprints within 3 days.
        5. Contact UNHCR or KIBHR: see [legal aid](article:kz-legal-aid).
        6. If you are refused, ask for the decision in writing and appeal at once.
