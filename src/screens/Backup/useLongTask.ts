import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { errorText } from '../../ui/errorText';
import { problemKey, type Progress } from './backupActions';

/** One long task at a time with progress, a real cancel, and a clear message for each way it can fail. */
export function useLongTask(making: boolean) {
  const [progress, setProgress] = useState<Progress>();
  const [problem, setProblem] = useState<string>();
  const controller = useRef<AbortController>();
  const run = async <T,>(work: (onProgress: (progress: Progress) => void, signal: AbortSignal) => Promise<T>): Promise<T | undefined> => {
    controller.current = new AbortController();
    setProblem(undefined);
    setProgress({ stage: making ? 'preparing' : 'checking', done: 0, total: 0 });
    try {
      return await work(setProgress, controller.current.signal);
    } catch (error) {
      const key = problemKey(error, making);
      setProblem(key ? t(key) : errorText(error));
      return undefined;
    } finally {
      setProgress(undefined);
    }
  };
  return { progress, problem, setProblem, run, cancel: () => controller.current?.abort() };
}
