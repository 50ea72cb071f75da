/** Registers only the chart.js parts the dashboard draws with (keeps the bundle small). */
import {
  Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, TimeScale, Tooltip,
  type Plugin,
} from 'chart.js';
import 'chartjs-adapter-date-fns';

/** Paints a white background so PNG downloads are not transparent. */
const whiteBackground: Plugin = {
  id: 'narratraceBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Filler, Legend, Tooltip, whiteBackground);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
Chart.defaults.color = '#334155';
Chart.defaults.animation = false;

export { Chart };
