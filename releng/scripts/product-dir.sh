#!/usr/bin/env bash
# Prints the folder of the materialized Rapport product (built by 'mvnw verify').
cd "$(dirname "$0")/../.." && echo "$PWD/releng/org.rapport.repository/target/products/org.rapport.product/linux/gtk/x86_64/rapport"
