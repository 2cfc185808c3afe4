import { Plugin } from 'obsidian';

export default class MeetingIntelligencePlugin extends Plugin {
  override async onload(): Promise<void> {}
}
