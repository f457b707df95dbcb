import type { InboxAreaService } from '../../services/inbox/area.js';

/** A few fictitious messages, so the demonstration's Secrétariat shows a sorted inbox (issue 11). */
const DEMO_MESSAGES = [
  {
    from: 'Marc Dupuis <marc.dupuis@example.fr>',
    subject: 'Doigt coupé avec une disqueuse',
    body: "Bonjour,\nJe viens de me couper l'index gauche avec une disqueuse, le bout du doigt est parti. Je comprime avec un torchon mais ça saigne toujours.\nQue dois-je faire ?\nMarc Dupuis, 06 12 00 00 01",
  },
  {
    from: 'Julie Perrot <julie.perrot@example.fr>',
    subject: 'Coupure au pouce',
    body: "Bonjour,\nje me suis coupée au pouce droit avec un couteau ce matin, depuis je ne sens plus le bout du doigt. Pouvez-vous me recevoir aujourd'hui ?\nJulie Perrot",
  },
  {
    from: 'Dr Sophie Lemaire <dr.lemaire@example.fr>',
    subject: 'Adressage M. Roger Blanchard – Dupuytren',
    body: 'Cher confrère,\nJe vous adresse M. Roger Blanchard, né le 02/02/1951, pour une maladie de Dupuytren de l’annulaire droit évoluant depuis deux ans. Je vous remercie de bien vouloir le recevoir en consultation.\nBien confraternellement,\nDr Sophie Lemaire',
  },
  {
    from: 'Nathalie Roy <nathalie.roy@example.fr>',
    subject: 'Report de mon rendez-vous',
    body: 'Bonjour,\nJe ne pourrai pas venir à mon rendez-vous de jeudi. Est-il possible de le déplacer à la semaine prochaine ?\nMerci,\nNathalie Roy',
  },
  {
    from: 'Paul Garnier <paul.garnier@example.fr>',
    subject: 'Arrêt de travail',
    body: 'Bonjour,\nMon arrêt de travail se termine vendredi. Le docteur peut-il me faire une prolongation ?\nPaul Garnier',
  },
  {
    from: 'Attelles Pro <promo@attelles-pro.example.com>',
    subject: '-15 % sur nos orthèses',
    body: 'Offre réservée aux professionnels : -15 % sur toute la gamme. Se désinscrire : https://attelles-pro.example.com/desinscription',
  },
];

export async function seedDemoInbox(inbox: InboxAreaService): Promise<void> {
  for (const [index, message] of DEMO_MESSAGES.entries()) {
    const raw = `From: ${message.from}\r\nTo: secretariat@sosmain-demo.fr\r\nSubject: ${message.subject}\r\nMessage-ID: <demo-${index}@sosmain-demo.fr>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${message.body.replace(/\n/g, '\r\n')}\r\n`;
    await inbox.takeRaw(Buffer.from(raw, 'utf8'), 'démonstration');
  }
}
