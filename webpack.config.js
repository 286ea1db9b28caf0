/* eslint-disable no-undef */
// Follows the official Office add-in React template: one entry for the task pane, one for the ribbon
// commands, HtmlWebpackPlugin per page, CopyWebpackPlugin for the icons and the manifest.
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const path = require("path");

const urlDev = "https://localhost:3000/";
// Change this to where the add-in is deployed; `npm run build` rewrites the manifest's URLs to it.
const urlProd = process.env.PLAN_CHECK_URL || "https://localhost:3000/";

/**
 * The manifest as deployed: its URLs point at the deployment, and the localhost AppDomain of development is
 * dropped (the add-in's own origin needs no AppDomain).
 */
function productionManifest(content, url) {
  return content
    .replace(/\s*<AppDomain>https:\/\/localhost[^<]*<\/AppDomain>/g, "")
    .replace(/\s*<AppDomains>\s*<\/AppDomains>/g, "")
    .replace(new RegExp(urlDev, "g"), url);
}

/** Certificates only for the https dev server, never for a build (which must work offline). */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = !env.WEBPACK_BUILD && !env.WEBPACK_BUNDLE && process.argv.includes("serve");
  const config = {
    devtool: "source-map",
    entry: {
      react: ["react", "react-dom"],
      // the pane's page: boot loads the pane only where the page is a pane (not a hidden command page)
      boot: { import: ["./src/commands/boot.ts", "./src/taskpane/taskpane.html"] },
      // the ribbon's functions register from this small chunk, which the pane's page loads first
      commands: "./src/commands/commands.ts",
      // a command's message when the pane cannot open itself: a page of its own, not the pane
      dialog: "./src/commands/dialog.ts",
      // npm run preview: the pane beside a workbook on the Excel API double, for trying without Excel
      preview: {
        import: ["./src/preview/preview.tsx", "./src/preview/preview.html"],
        dependOn: "react",
      },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: [".ts", ".tsx", ".html", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack shake the unused Fluent icons out of the bundle
            options: {
              configFile: "tsconfig.json",
              transpileOnly: true,
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
        { test: /\.html$/, exclude: /node_modules/, use: "html-loader" },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      // the ribbon's commands run in the pane's page (the manifest's shared runtime); commands.html is the same
      // code on a page of its own, for a deployment whose FunctionFile points at it
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["commands", "boot"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "dialog.html",
        template: "./src/commands/dialog.html",
        chunks: ["dialog"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["react", "preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext][query]" },
          { from: "src/help.html", to: "help.html" },
          { from: "seeds/*.xlsx", to: "seeds/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : productionManifest(content.toString(), urlProd);
            },
          },
        ],
      }),
    ],
    performance: { maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await getHttpsOptions() } : "http",
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
  return config;
};

module.exports.productionManifest = productionManifest;
