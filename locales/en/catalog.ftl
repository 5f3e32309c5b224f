# Names of jurisdictions and topics, officer cards and legal-aid contacts.

## Jurisdictions

jurisdiction-kz = Kazakhstan
jurisdiction-intl = International law

## Topics

topic-residence =
    .title = Residence and registration
    .summary = How long you may stay, where you may live, and how your stay and address are registered.
topic-work =
    .title = Work
    .summary = Permits to work, the rules for workers from different countries, and your passport at work.
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
    .text = Under Article 744 of the Code of Administrative Offences of the Republic of Kazakhstan I have the right to read the protocol and the case file and make copies of them, to give explanations and object to the protocol, to present evidence and petitions, to have a defender, and to complain about the protocol and the decision. Under Articles 738 and 744 of the Code, a person who does not know the language of the proceedings, or does not know it well enough, may speak their native language and use an interpreter free of charge. I ask you for a copy of the protocol, and for the chance to write my objections in the protocol. If I do not understand the language of the proceedings well enough, I ask you for an interpreter into my native language.

card-passport-verification =
    .title = Please check my original passport and return it
    .situation = Show this when you hand in your documents for permanent residence, a temporary residence permit or a residence card and an official wants to keep your original passport.
    .unverified = The official lists of documents (egov.kz and gov.kz, under Order No. 992) ask for a copy of the passport and the original "for verification". No text we read says that the original is returned, that only the copy is filed, or whether an office may keep the original while an application is processed. The paragraph of Order No. 992 was not read.
    .text = The published lists of documents for permanent residence and temporary residence permits (under Order of the Minister of Internal Affairs of the Republic of Kazakhstan No. 992 of 4 December 2015, as amended) ask for a copy of the passport and the original for verification. I ask you to check my original passport, to file the copy and to return the original to me. If my original passport is to stay with you, I ask you to name the legal act that allows this, and to give me a written record with your name and position, the date, and the date when my passport will be returned to me.

card-freedom-of-movement =
    .title = Freedom of movement: which law forbids me to live here?
    .situation = Show this when an official says you may not live or stay in this city or region. Show it only if your stay in Kazakhstan is lawful (a valid visa-free stay, visa, permit or residence card). It does not replace registration: if your address here must be registered, make sure it is, by you or by your host.
    .unverified = Not confirmed: which article of the new Constitution of the Republic of Kazakhstan (in force since 1 July 2026) protects freedom of movement and the choice of a place of residence. So the card does not cite the Constitution. Article 21 of the 1995 Constitution, cited before, no longer applies.
    .text = Under Article 16 of the Law of the Republic of Kazakhstan On the Legal Status of Foreigners, foreigners may move freely in areas open to foreigners and choose their place of residence in the procedure established by legislation. Under Article 12 of the International Covenant on Civil and Political Rights, ratified by the Republic of Kazakhstan (Law No. 91 of 28 November 2005), everyone lawfully within the territory of a State has the right to liberty of movement there and the freedom to choose a residence; these rights may be restricted only by restrictions that are provided by law, are necessary to protect national security, public order, public health or morals or the rights and freedoms of others, and are consistent with the other rights recognised in the Covenant. If you believe I may not live or stay here, I ask you to name the legal act and its article that forbids it, and to give me this in writing.

card-extra-papers =
    .title = Which legal act requires this paper?
    .situation = Show this when an official asks you for a document that the rules do not list.
    .text = Under Article 3 of the Law of the Republic of Kazakhstan On the Legal Status of Foreigners, foreigners are equal before the law, and under Article 18 of that Law they may apply to state bodies with the same procedural rights as citizens. I ask you to name the legal act, and its article, that requires the document you are asking me for. I also ask you to give me this request in writing. I will submit my appeal in writing and, under Article 64 of the Administrative Procedural Code of the Republic of Kazakhstan, ask for the slip confirming that it was accepted.

card-interpreter =
    .title = I need a free interpreter
    .situation = Show this when an official questions you or draws up a protocol and you do not understand the language well.
    .text = Under Articles 738 and 744 of the Code of Administrative Offences of the Republic of Kazakhstan, a person who does not know the language of the proceedings, or does not know it well enough, has the right to use their native language and to have an interpreter free of charge. I do not understand the language of these proceedings well enough. I ask you to provide me with an interpreter into my native language free of charge, and to record this request in the protocol. I ask that my explanations be taken only with the help of the interpreter.

card-consulate =
    .title = Inform my consulate
    .situation = Show this if you are detained or arrested and you are a citizen of another country. If you have no citizenship, do not show it: ask instead that a relative or a lawyer be told.
    .text = Under Article 36(1)(b) of the Vienna Convention on Consular Relations, I ask you to inform the consular post of the country of my citizenship of my detention without delay, and to forward without delay any letter I address to it. Under Article 36(1)(c) of the Convention, consular officers have the right to visit me, to converse and correspond with me, and to arrange for my legal representation. I ask you to tell me when my consulate has been informed.

card-written-appeal-slip =
    .title = The slip for my appeal
    .situation = Show this when you hand in a written appeal, complaint or request at an office in person.
    .text = I am submitting a written appeal in person. Under Article 64 of the Administrative Procedural Code of the Republic of Kazakhstan, refusing to accept an appeal is prohibited, and a person who files an appeal with a state body, a local self-government body or a state legal entity receives a slip with a unique number, the date and time of acceptance, and the surname, initials and position of the person who accepted it. I ask you to give me this slip.

card-passport-receipt =
    .title = A written record that you keep my passport
    .situation = Show this when an official or an employer wants to keep your passport.
    .unverified = When the police or another office may take or keep a passport under the current rules is not confirmed.
    .text = If my passport is to remain with you, I ask you to give me a written record stating your name and position, the name of your office or organisation, the date and time, the reason, the legal act on which this is based, and when and where my passport will be returned to me. Until I receive this record, I ask you to return my passport to me.

## Legal-aid contacts

contact-kibhr =
    .name = Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR)
    .description = A human rights organisation founded in 1993. Its head office is in Almaty, and it has branches in the regions. It gives legal counselling and represents people in court. Website: bureau.kz.
contact-unhcr-central-asia =
    .name = UNHCR Regional Representation for Central Asia
    .description = The UN Refugee Agency. In 2020 its Regional Representation for Central Asia was in Almaty, according to UNHCR's website. UNHCR has worked in Kazakhstan since 1995, together with partner organisations that give legal help.
contact-sana-sezim =
    .name = Sana Sezim
    .description = A partner organisation of UNHCR that gives legal help to stateless people.
contact-red-crescent =
    .name = Red Crescent
    .description = A partner organisation of UNHCR that gives social and medical aid.
contact-anti-corruption-1424 =
    .name = Anti-Corruption Service call centre 1424
    .description = Call 1424 to report corruption, for example when an official asks you for a bribe. The call is free, and the line works 24 hours a day, 7 days a week. You can also report through an online service on egov.kz or by post.
