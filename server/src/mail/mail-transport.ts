import nodemailer from 'nodemailer';

/** One message as the outbox holds it. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one message or throws; the outbox retries. */
export interface MailTransport {
  readonly configured: boolean;
  send(from: string, mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer (pooled connections), from SMTP_URL. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    configured: true,
    async send(from, mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      transporter.close();
    },
  };
}

/** No mail server configured: nothing leaves; the outbox marks messages as not sent, saying why. */
export const NO_TRANSPORT: MailTransport = {
  configured: false,
  async send() {
    throw new Error('No mail server is configured (SMTP_URL is not set).');
  },
  close() {},
};
