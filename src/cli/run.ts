import { runCli } from './main.ts';

runCli();
