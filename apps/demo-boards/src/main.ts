import { loadConfigOrExit } from '@app/config';
import { createDemoBoardsServer } from './demo-boards.server';

// The fixture server for the demo and the tests: one JSON line when listening, clean exit
// on SIGINT/SIGTERM.
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const server = createDemoBoardsServer();
  const { port, url } = await server.listen(config.DEMO_BOARDS_PORT, config.DEMO_BOARDS_HOST);
  process.stdout.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), msg: 'demo-boards listening', port, url })}\n`);
  const stop = (signal: string) => {
    server.close().then(
      () => {
        process.stdout.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), msg: 'demo-boards stopped', signal })}\n`);
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: 'demo-boards failed to start', error: String(err) })}\n`);
  process.exit(1);
});
