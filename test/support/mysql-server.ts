// A connection to the MySQL/MariaDB server of a mysql:// URL, without a database: for creating, reading and
// dropping the per-test databases.
import { createConnection, type Connection } from 'mysql2/promise';

export function connectMysqlServer(serverUrl: string): Promise<Connection> {
  const url = new URL(serverUrl);
  return createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
  });
}
