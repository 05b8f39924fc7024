/** English text of the board's ticket panel, due-time explanation and priority-change dialog. */
export const messagesPanelEn = {} as const;
