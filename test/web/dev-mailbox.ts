import { simpleParser } from 'mailparser';

/**
 * The first link matching `path` in the mails the test server wrote to its dev mailbox (MAIL_TRANSPORT file,
 * delivered by its job queue), read from each mail's decoded text and HTML.
 */
export async function mailedLink(origin: string, path: RegExp): Promise<string> {
  const pattern = new RegExp(`${origin.replace(/[.]/g, '\\.')}${path.source}`);
  for (let attempt = 0; attempt < 100; attempt++) {
    const list = await (await fetch(`${origin}/dev/mailbox`)).text();
    for (const [, file] of list.matchAll(/href="\/dev\/mailbox\/messages\/([^"/]+)"/g)) {
      const mail = await simpleParser(await (await fetch(`${origin}/dev/mailbox/messages/${file}/raw`)).text());
      const found = pattern.exec(`${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`);
      if (found) return found[0].replaceAll('&amp;', '&');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Ingen mail med et link til ${path.source} i /dev/mailbox`);
}
