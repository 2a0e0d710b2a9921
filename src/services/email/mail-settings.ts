/**
 * What outgoing e-mail needs to know about this installation: where the app is reached (for
 * portal links), the company's name and the sender address. Read from the environment at start;
 * tests point `publicUrl` at their own server.
 */
export interface MailSettings {
  publicUrl: string;
  companyName: string;
  from: string;
}

let current: MailSettings = fromEnvironment(process.env);

export function fromEnvironment(env: NodeJS.ProcessEnv): MailSettings {
  const host = env.HOST || '127.0.0.1';
  return {
    publicUrl: (env.SELEKSI_PUBLIC_URL || `http://${host}:${env.PORT || 3000}`).replace(/\/+$/, ''),
    companyName: env.SELEKSI_COMPANY_NAME || 'PT Pasar Rakyat Digital',
    from: env.SMTP_FROM || 'Seleksi <no-reply@seleksi.local>',
  };
}

export function mailSettings(): MailSettings {
  return current;
}

export function configureMail(settings: Partial<MailSettings>): void {
  current = { ...current, ...settings };
}
