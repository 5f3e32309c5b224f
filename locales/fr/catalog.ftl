# Noms des juridictions et des thèmes, fiches à montrer aux agents et contacts d'aide juridique.

## Juridictions

jurisdiction-kz = Kazakhstan
jurisdiction-intl = Droit international

## Thèmes

topic-residence =
    .title = Séjour et enregistrement
    .summary = Combien de temps vous pouvez rester, où vous pouvez vivre, et comment votre séjour et votre adresse sont enregistrés.
topic-work =
    .title = Travail
    .summary = Les permis de travail, les règles qui changent selon votre pays, et ce que devient votre passeport quand vous travaillez.
topic-documents =
    .title = Vos papiers
    .summary = Vos papiers, ce que la loi exige vraiment, et pourquoi garder chaque reçu.
topic-fines =
    .title = Amendes et recours
    .summary = Procès-verbaux, amendes, comment les payer en sécurité et comment les contester.
topic-police =
    .title = Police et agents
    .summary = Contrôles de police, relations avec les agents, et que faire si on vous demande un pot-de-vin.
topic-help =
    .title = Trouver de l'aide
    .summary = Votre consulat, les plaintes, l'aide juridique et vos droits en droit international.

## Fiches à montrer aux agents

card-protocol-rights =
    .title = Mes droits quand un procès-verbal est dressé
    .situation = Montrez cette fiche quand un agent dresse contre vous un procès-verbal d'infraction administrative.
    .text = Selon l'article 744 du Code des infractions administratives de la République du Kazakhstan, j'ai le droit de lire le procès-verbal et le dossier et d'en faire des copies, de donner des explications et de contester le procès-verbal, de présenter des preuves et des requêtes, d'avoir un défenseur, d'utiliser ma langue maternelle et d'avoir un interprète gratuit, et de me plaindre du procès-verbal et de la décision. Je vous demande un interprète et une copie du procès-verbal, et la possibilité d'écrire mes objections dans le procès-verbal.

card-passport-verification =
    .title = Mon passeport original : seulement pour vérification
    .situation = Montrez cette fiche quand vous déposez vos documents pour la résidence permanente ou la carte de séjour et qu'un agent veut garder votre passeport original.
    .text = Selon les règles sur la résidence permanente et les permis de séjour (arrêté du ministre de l'Intérieur de la République du Kazakhstan n° 992 du 4 décembre 2015, tel que modifié), le passeport original est présenté seulement pour vérification, et une copie est versée au dossier. Je vous demande de vérifier mon passeport original, de verser la copie au dossier et de me rendre l'original.

card-freedom-of-movement =
    .title = La liberté de circulation et mon enregistrement
    .situation = Montrez cette fiche quand un agent vous dit que vous n'avez pas le droit de vivre ou de séjourner dans cette ville ou cette région.
    .unverified = L'article 21 de la Constitution a peut-être été renuméroté par une réforme constitutionnelle ; vérifiez le texte en vigueur.
    .text = Selon l'article 21, paragraphe 1, de la Constitution de la République du Kazakhstan, toute personne se trouvant légalement au Kazakhstan a le droit de circuler librement sur son territoire et de choisir son lieu de résidence, sauf dans les cas prévus par la loi. Selon l'article 16 de la loi de la République du Kazakhstan sur le statut juridique des étrangers, les étrangers peuvent circuler librement dans les zones ouvertes aux étrangers et choisir leur lieu de résidence selon la procédure fixée par la législation. Je suis au Kazakhstan légalement, et j'ai enregistré mon adresse comme la loi l'exige.

card-extra-papers =
    .title = Quel acte juridique exige ce papier ?
    .situation = Montrez cette fiche quand un agent vous demande un document que les règles ne prévoient pas.
    .text = Selon l'article 3 de la loi de la République du Kazakhstan sur le statut juridique des étrangers, les étrangers sont égaux devant la loi, et selon l'article 18 de cette loi, ils peuvent s'adresser aux organes de l'État avec les mêmes droits de procédure que les citoyens. Je vous demande de citer l'acte juridique, et son article, qui exige le document que vous me demandez. Je vous demande aussi de me donner cette demande par écrit. Je déposerai ma demande par écrit et je demanderai le récépissé qui confirme qu'elle a été acceptée.

card-interpreter =
    .title = J'ai besoin d'un interprète gratuit
    .situation = Montrez cette fiche quand un agent vous interroge ou dresse un procès-verbal et que vous ne comprenez pas bien la langue.
    .text = Selon l'article 744 du Code des infractions administratives de la République du Kazakhstan, j'ai le droit d'utiliser ma langue maternelle et d'avoir un interprète gratuit. Je ne comprends pas assez bien la langue de cette procédure. Je vous demande de me donner gratuitement un interprète dans ma langue maternelle, et d'écrire cette demande dans le procès-verbal. Je demande que mes explications soient recueillies uniquement avec l'aide de l'interprète.

card-consulate =
    .title = Prévenez mon consulat
    .situation = Montrez cette fiche si vous êtes détenu ou arrêté.
    .text = Je suis de nationalité étrangère. Selon l'article 36, paragraphe 1, alinéa b, de la Convention de Vienne sur les relations consulaires, je vous demande d'informer sans retard le poste consulaire de mon pays de ma détention, et de lui transmettre sans retard toute lettre que je lui adresse. Selon l'article 36, paragraphe 1, alinéa c, de la Convention, les fonctionnaires consulaires ont le droit de me rendre visite, de s'entretenir et de correspondre avec moi, et de me trouver un représentant en justice. Je vous demande de me dire quand mon consulat a été informé.

card-written-appeal-slip =
    .title = Le récépissé de ma demande
    .situation = Montrez cette fiche quand vous déposez en personne, dans un bureau, une demande écrite ou une plainte.
    .text = Je dépose une demande écrite en personne. Je vous demande de me donner un récépissé qui indique la date et l'heure de son acceptation et le nom de l'agent qui l'a acceptée. Il est interdit de refuser d'accepter une demande.

card-passport-receipt =
    .title = Une attestation que vous gardez mon passeport
    .situation = Montrez cette fiche quand un agent ou un employeur veut garder votre passeport.
    .unverified = Il n'est pas confirmé dans quels cas la police ou un autre bureau peut prendre ou garder un passeport selon les règles actuelles.
    .text = Si mon passeport doit rester chez vous, je vous demande de me donner une attestation écrite qui indique votre nom et votre fonction, le nom de votre bureau ou de votre organisation, la date et l'heure, la raison, l'acte juridique sur lequel cela se fonde, et quand et où mon passeport me sera rendu. Tant que je n'ai pas reçu cette attestation, je vous demande de me rendre mon passeport.

## Contacts d'aide juridique

contact-kibhr =
    .name = Bureau international kazakhstanais pour les droits de l'homme et le respect de la légalité (KIBHR)
    .description = Une organisation de défense des droits de l'homme fondée en 1993. Son siège est à Almaty, et elle a des antennes dans les régions. Elle donne des conseils juridiques et représente les personnes en justice. Site web : bureau.kz.
contact-unhcr-central-asia =
    .name = Représentation régionale du HCR pour l'Asie centrale
    .description = L'agence des Nations unies pour les réfugiés. Sa représentation régionale pour l'Asie centrale est à Almaty. Le HCR travaille au Kazakhstan depuis 1995, avec des organisations partenaires qui donnent une aide juridique.
contact-sana-sezim =
    .name = Sana Sezim
    .description = Une organisation partenaire du HCR qui donne une aide juridique aux personnes apatrides.
contact-red-crescent =
    .name = Croissant-Rouge
    .description = Une organisation partenaire du HCR qui donne une aide sociale et médicale.
contact-anti-corruption-1424 =
    .name = Centre d'appel 1424 du Service anticorruption
    .description = Appelez le 1424 pour signaler un cas de corruption, par exemple quand un agent vous demande un pot-de-vin. L'appel est gratuit, et la ligne fonctionne 24 heures sur 24, 7 jours sur 7. Vous pouvez aussi signaler en ligne par un service sur egov.kz, ou par courrier.
