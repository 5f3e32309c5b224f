# Names of jurisdictions and topics, officer cards and legal-aid contacts.

## Jurisdictions

jurisdiction-kz = Kazakhstan
jurisdiction-intl = International law

## Topics

topic-residence =
    .title = Residence and registration
    .summary = How long you may stay, where you may live, and how your stay and address are registered.
topic-documents =
    .title = Your documents
    .summary = Your papers, what the law really requires, and why you should keep every receipt.
topic-fines =
    .title = Fines and appeals
    .summary = Protocols, fines, how to pay them safely and how to appeal.
topic-police =
    .title = Police and officials
    .summary = Police checks, dealing with officials, and what to do if someone asks for a bribe.
topic-help =
    .title = Getting help
    .summary = Your consulate, complaints, legal aid and your rights under international law.

## Officer cards

card-protocol-rights =
    .title = My rights when a protocol is drawn up
    .situation = Show this when an official draws up a protocol on an administrative offence against you.
    .text = Under Article 744 of the Code of Administrative Offences of the Republic of Kazakhstan I have the right to read the protocol and the case file and make copies of them, to give explanations and object to the protocol, to present evidence and petitions, to have a defender, to use my native language and an interpreter free of charge, and to complain about the protocol and the decision. I ask you for an interpreter and a copy of the protocol, and for the chance to write my objections in the protocol.

card-passport-verification =
    .title = My original passport is for verification only
    .situation = Show this when you hand in your documents for permanent residence or a residence card and an official wants to keep your original passport.
    .text = Under the rules for permanent residence and residence permits (Order of the Minister of Internal Affairs of the Republic of Kazakhstan No. 992 of 4 December 2015, as amended), the original passport is presented for verification only, and a copy of it is filed with the documents. I ask you to check my original passport, to file the copy and to return the original to me.

card-freedom-of-movement =
    .title = Freedom of movement and my registration
    .situation = Show this when an official says you may not live or stay in this city or region.
    .unverified = Article 21 of the Constitution may have been renumbered by a constitutional reform; check the current text.
    .text = Under Article 21(1) of the Constitution of the Republic of Kazakhstan, everyone lawfully present in Kazakhstan has the right to move freely on its territory and to choose a place of residence, except in cases stipulated by law. Under Article 16 of the Law of the Republic of Kazakhstan On the Legal Status of Foreigners, foreigners may move freely in areas open to foreigners and choose their place of residence in the procedure established by legislation. I am in Kazakhstan lawfully, and I have registered my address as the law requires.

## Legal-aid contacts

contact-kibhr =
    .name = Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR)
    .description = A human rights organisation founded in 1993. Its head office is in Almaty, and it has branches in the regions. It gives legal counselling and represents people in court. Website: bureau.kz.
contact-unhcr-central-asia =
    .name = UNHCR Regional Representation for Central Asia
    .description = The UN Refugee Agency. Its Regional Representation for Central Asia is in Almaty. UNHCR has worked in Kazakhstan since 1995, together with partner organisations that give legal help.
contact-sana-sezim =
    .name = Sana Sezim
    .description = A partner organisation of UNHCR that gives legal help to stateless people.
contact-red-crescent =
    .name = Red Crescent
    .description = A partner organisation of UNHCR that gives social and medical aid.
contact-anti-corruption-1424 =
    .name = Anti-Corruption Service call centre 1424
    .description = Call 1424 to report corruption, for example when an official asks you for a bribe. The call is free, and the line works 24 hours a day, 7 days a week. You can also report through an online service on egov.kz or by post.
